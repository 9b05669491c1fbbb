package org.interstice.protection.common;

/**
 * A change that was refused, with the form field it concerns (or null) and a message a user can act on. Thrown
 * inside the transaction so that nothing is half-written.
 */
public class Refusal extends RuntimeException {

    private final String field;

    public Refusal(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
