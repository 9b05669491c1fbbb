package org.interstice.ingest.internal;

import java.util.Arrays;
import java.util.Optional;

/** The column names an extract uses when it has no mapping profile (documented in the README). */
public enum CanonicalColumn {
    SOURCE_ID, GIVEN_NAME, FAMILY_NAME, DOB, SEX, ETHNICITY, POSTCODE, ADDRESS, PHONE, EMAIL, NHS_NUMBER, UPN, PNC_ID,
    // optional extras: multi-valued ones are separated by ';'
    ALIASES, KNOWN_AS, NATIONALITY, FIRST_KNOWN, ADDRESS_FROM, SOURCE_SYSTEM;

    public String header() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<CanonicalColumn> fromHeader(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String h = header.trim().toLowerCase(java.util.Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.header().equals(h)).findFirst();
    }
}
