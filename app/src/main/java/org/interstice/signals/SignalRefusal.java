package org.interstice.signals;

/** Why a signal (or a return home interview, or the child's words) was not recorded, with the field at fault. */
public class SignalRefusal extends RuntimeException {

    private final String field;

    public SignalRefusal(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
