package org.interstice.protection.web;

/** A refused form: which form and field, and what to do. Null when there is no error. */
public record FormError(String form, String field, String message) {

    public boolean on(String formName) {
        return form.equals(formName);
    }

    /** The id of the element the error summary links to: the field's input, or the form itself. */
    public String anchor() {
        return field == null ? form : form + "-" + field;
    }

    public boolean at(String formName, String fieldName) {
        return form.equals(formName) && fieldName.equals(field);
    }
}
