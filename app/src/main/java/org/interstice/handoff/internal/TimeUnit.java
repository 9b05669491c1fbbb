package org.interstice.handoff.internal;

/** How a deadline period is counted. */
public enum TimeUnit {
    /** Whole working days; the deadline is closing time on the n-th working day after the start date. */
    WORKING_DAYS("working days"),
    /** Hours inside opening hours on working days only. */
    WORKING_HOURS("working hours"),
    /** Clock hours, day and night (for red cases worked out of hours). */
    HOURS("hours");

    private final String label;

    TimeUnit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
