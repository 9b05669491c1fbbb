package org.interstice.linkage;

/** The meaning of an input column; it decides normalisation, comparison levels and blocking keys. */
public enum FieldType {
    GIVEN_NAME, FAMILY_NAME, FULL_NAME, DOB, SEX, POSTCODE, ADDRESS, CITY, PHONE, EMAIL,
    NHS_NUMBER, UPN, PNC_ID, OTHER;

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
