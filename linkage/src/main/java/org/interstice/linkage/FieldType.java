package org.interstice.linkage;

/** The meaning of an input column; it decides normalisation, comparison levels and blocking keys. */
public enum FieldType {
    GIVEN_NAME, FAMILY_NAME, FULL_NAME, DOB, SEX, POSTCODE, ADDRESS, CITY, PHONE, EMAIL,
    NHS_NUMBER, UPN, PNC_ID,
    /**
     * An identifier of a scheme the engine does not know (a social security, account or case number): one
     * value per person, compared exact / one keying error / else, blocked on, but never validated.
     */
    IDENTIFIER,
    OTHER;

    /** An identifier of one person (NHS number, UPN, PNC id or a generic identifier). */
    public boolean isIdentifier() {
        return this == NHS_NUMBER || this == UPN || this == PNC_ID || this == IDENTIFIER;
    }

    /** Parses a CLI spelling such as {@code given_name} or {@code nhs-number}. */
    public static FieldType parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown field type '" + s + "' (expected one of "
                    + java.util.Arrays.stream(values()).map(FieldType::cliName).toList() + ")");
        }
    }

    public String cliName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
