package org.interstice.protection.alarm;

/**
 * Why a child is "known but not protected". The first three are about risk; the rest are gaps in protection.
 * {@link #NOT_YET_SCREENED} is both: exploitation is known and nobody has screened the child since.
 */
public enum ReasonCode {
    NOT_YET_SCREENED(true),
    RISK_AT_TOP_LEVELS(true),
    RISK_ROSE(true),
    NO_ACTIVE_PLAN(false),
    NO_LEAD_PROFESSIONAL(false),
    NO_RECENT_CONTACT(false),
    OVERDUE_CLOCK(false),
    /** A missing episode's return home interview was not offered in time. */
    RETURN_INTERVIEW_OVERDUE(false);

    private final boolean aboutRisk;

    ReasonCode(boolean aboutRisk) {
        this.aboutRisk = aboutRisk;
    }

    public boolean aboutRisk() {
        return aboutRisk;
    }
}
