package org.interstice.handoff;

/**
 * The lawful basis recorded for sharing information (domain reference section 5). Codes are stored; labels are
 * shown. The DPA 2018 Schedule 1 paragraph number for safeguarding is unverified, so the label says so.
 */
public enum LawfulBasis {
    DPA2018_SCH1_SAFEGUARDING("DPA 2018 Schedule 1 Part 2: safeguarding of children and of individuals at risk (paragraph 18, number unverified)"),
    UKGDPR_6_1_E_PUBLIC_TASK("UK GDPR Article 6(1)(e): public task"),
    UKGDPR_6_1_C_LEGAL_OBLIGATION("UK GDPR Article 6(1)(c): legal obligation"),
    UKGDPR_6_1_D_VITAL_INTERESTS("UK GDPR Article 6(1)(d): vital interests"),
    UKGDPR_6_1_A_CONSENT("UK GDPR Article 6(1)(a): consent");

    private final String label;

    LawfulBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
