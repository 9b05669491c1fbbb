package org.interstice.identity;

import java.util.Locale;
import java.util.Optional;

/** DfE (CIN census) ethnicity codes, including REFU (refused) and NOBT (information not yet obtained). */
public enum Ethnicity {
    WBRI("White British"),
    WIRI("White Irish"),
    WIRT("Traveller of Irish heritage"),
    WOTH("Any other White background"),
    WROM("Gypsy or Roma"),
    MWBC("White and Black Caribbean"),
    MWBA("White and Black African"),
    MWAS("White and Asian"),
    MOTH("Any other mixed background"),
    AIND("Indian"),
    APKN("Pakistani"),
    ABAN("Bangladeshi"),
    AOTH("Any other Asian background"),
    BCRB("Black Caribbean"),
    BAFR("Black African"),
    BOTH("Any other Black background"),
    CHNE("Chinese"),
    OOTH("Any other ethnic group"),
    REFU("Refused"),
    NOBT("Information not yet obtained");

    private final String label;

    Ethnicity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Parses a DfE code, ignoring case and surrounding spaces. */
    public static Optional<Ethnicity> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(code.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static String labelOf(String code) {
        return fromCode(code).map(Ethnicity::label).orElse(code == null ? "" : code);
    }
}
