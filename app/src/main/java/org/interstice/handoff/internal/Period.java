package org.interstice.handoff.internal;

/** An amount of time counted in a {@link TimeUnit}, e.g. "6 working hours". */
public record Period(int amount, TimeUnit unit) {

    public Period {
        if (amount < 0) {
            throw new IllegalArgumentException("A deadline period cannot be negative: " + amount);
        }
        if (unit == null) {
            throw new IllegalArgumentException("A deadline period needs a unit");
        }
    }

    @Override
    public String toString() {
        return amount + " " + (amount == 1 ? unit.label().replaceFirst("s$", "") : unit.label());
    }
}
