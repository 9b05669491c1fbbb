package org.interstice.intelligence.internal;

import org.interstice.intelligence.*;
/** Why a change was refused, and which field is at fault (for the form's error summary). */
public class Refusal extends RuntimeException {

    private final String field;

    public Refusal(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return getMessage();
    }
}
