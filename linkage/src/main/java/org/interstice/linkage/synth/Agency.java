package org.interstice.linkage.synth;

/**
 * The agencies that hold copies of a person, each with what it records and how carefully. Presence rates are the
 * chance a copy has the field at all; {@code errorFactor} scales every error rate; names match the platform's
 * agency kinds.
 */
enum Agency {
    //                    given  family dob   sex   addr  city  phone email nhs   upn   pnc   known  errors caps
    HEALTH(               0.995, 0.995, 0.99, 0.97, 0.95, 0.90, 0.70, 0.35, 0.93, 0.00, 0.00, 0.10, 1.0, 0.05),
    EDUCATION(            0.995, 0.995, 0.995, 0.98, 0.95, 0.90, 0.85, 0.30, 0.00, 0.95, 0.00, 0.15, 0.8, 0.0),
    CHILDRENS_SOCIAL_CARE(0.98,  0.97,  0.90, 0.90, 0.85, 0.80, 0.60, 0.25, 0.45, 0.35, 0.05, 0.25, 1.2, 0.05),
    POLICE(               0.97,  0.98,  0.88, 0.95, 0.75, 0.70, 0.50, 0.15, 0.02, 0.00, 0.95, 0.30, 1.5, 0.45),
    YOUTH_JUSTICE(        0.99,  0.99,  0.97, 0.97, 0.85, 0.80, 0.60, 0.15, 0.30, 0.50, 0.90, 0.30, 1.2, 0.20),
    VOLUNTARY(            0.95,  0.85,  0.50, 0.60, 0.55, 0.60, 0.70, 0.50, 0.00, 0.00, 0.00, 0.45, 2.0, 0.0),
    LICENSING(            0.99,  0.99,  0.99, 0.90, 0.97, 0.95, 0.95, 0.90, 0.00, 0.00, 0.00, 0.15, 0.7, 0.10);

    final double given;
    final double family;
    final double dob;
    final double sex;
    final double address;
    final double city;
    final double phone;
    final double email;
    final double nhs;
    final double upn;
    final double pnc;
    final double knownAs;
    final double errorFactor;
    final double upperCaseSurname;

    Agency(double given, double family, double dob, double sex, double address, double city, double phone,
           double email, double nhs, double upn, double pnc, double knownAs, double errorFactor,
           double upperCaseSurname) {
        this.given = given;
        this.family = family;
        this.dob = dob;
        this.sex = sex;
        this.address = address;
        this.city = city;
        this.phone = phone;
        this.email = email;
        this.nhs = nhs;
        this.upn = upn;
        this.pnc = pnc;
        this.knownAs = knownAs;
        this.errorFactor = errorFactor;
        this.upperCaseSurname = upperCaseSurname;
    }

    /** How likely this agency is to hold a record of a person of this age (relative weight). */
    double weightFor(int age, boolean parentAge) {
        boolean child = age < 18;
        return switch (this) {
            case HEALTH -> child ? 30 : 35;
            case EDUCATION -> age >= 4 && age <= 18 ? 30 : 0;
            case CHILDRENS_SOCIAL_CARE -> child ? 20 : parentAge ? 14 : 3;
            case POLICE -> age >= 10 ? (child ? 10 : 25) : 3;
            case YOUTH_JUSTICE -> age >= 10 && age <= 17 ? 5 : 0;
            case VOLUNTARY -> 7;
            case LICENSING -> age >= 21 ? 5 : 0;
        };
    }
}
