package org.interstice.ingest.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * The column names an extract uses when it has no mapping profile, each with the most characters a value may have
 * (documented in the README; a longer value is a row error naming the limit).
 */
public enum CanonicalColumn {
    SOURCE_ID(100), GIVEN_NAME(150), FAMILY_NAME(150), DOB(50), SEX(50), ETHNICITY(50), POSTCODE(50), ADDRESS(500),
    PHONE(200), EMAIL(500), NHS_NUMBER(50), UPN(50), PNC_ID(50),
    // optional extras: multi-valued ones are separated by ';'
    ALIASES(1000), KNOWN_AS(1000), NATIONALITY(100), FIRST_KNOWN(50), ADDRESS_FROM(50), SOURCE_SYSTEM(100);

    private final int maxLength;

    CanonicalColumn(int maxLength) {
        this.maxLength = maxLength;
    }

    public String header() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The most characters a value of this column may have. */
    public int maxLength() {
        return maxLength;
    }

    public static Optional<CanonicalColumn> fromHeader(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String h = header.trim().toLowerCase(java.util.Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.header().equals(h)).findFirst();
    }
}
