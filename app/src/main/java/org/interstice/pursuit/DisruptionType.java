package org.interstice.pursuit;

import java.time.LocalDate;

/**
 * Disruption tactics from the Home Office child exploitation disruption toolkit that Interstice records: notices and
 * orders (which last, and can be breached), licensing referrals, reviews and outcomes, and other actions.
 */
public enum DisruptionType {
    CAWN("Child Abduction Warning Notice", Details.CHILD, 0),
    SRO("Sexual Risk Order", Details.NONE, 0),
    SHPO("Sexual Harm Prevention Order", Details.NONE, 0),
    /** Modern Slavery Act 2015 ss.14-15; a fixed period of at least 5 years or until further order (s.17(4)). */
    STPO("Slavery and Trafficking Prevention Order", Details.ORDER, 5),
    /** Modern Slavery Act 2015 s.23; a fixed period of at least 2 years or until further order (s.24(4)). */
    STRO("Slavery and Trafficking Risk Order", Details.ORDER, 2),
    LICENSING_REFERRAL("Referral to the licensing authority", Details.NONE, 0),
    LICENSING_REVIEW("Licence review by the licensing authority", Details.NONE, 0),
    LICENCE_SUSPENDED("Licence suspended", Details.LICENCE, 0),
    LICENCE_REVOKED("Licence revoked", Details.LICENCE, 0),
    LICENCE_REFUSED("Licence refused", Details.LICENCE, 0),
    OTHER("Other disruption", Details.NONE, 0);

    /** The details a type needs besides its date. */
    public enum Details { NONE, CHILD, ORDER, LICENCE }

    private final String label;
    private final Details details;
    private final int minimumYears;

    DisruptionType(String label, Details details, int minimumYears) {
        this.label = label;
        this.details = details;
        this.minimumYears = minimumYears;
    }

    public String label() { return label; }

    public Details details() { return details; }

    /** The shortest fixed period the statute allows, in years; 0 when none is set (or none verified). */
    public int minimumYears() { return minimumYears; }

    /**
     * Whether an action of this type taken and expiring on these dates is in force on a date: notices, orders and
     * licence suspensions last until their expiry; an STPO or STRO without one lasts until further order.
     */
    public boolean inForce(LocalDate takenOn, LocalDate expiresOn, LocalDate date) {
        if ((!breachable() && this != LICENCE_SUSPENDED) || takenOn.isAfter(date)) return false;
        return expiresOn == null ? details == Details.ORDER : !expiresOn.isBefore(date);
    }

    /** Notices and orders, which can be breached. */
    public boolean breachable() {
        return this == CAWN || this == SRO || this == SHPO || this == STPO || this == STRO;
    }
}
