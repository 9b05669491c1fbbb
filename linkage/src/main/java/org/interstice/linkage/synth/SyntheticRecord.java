package org.interstice.linkage.synth;

import java.util.List;

/**
 * One agency's record of a generated person, as written to the CSV. Missing values are empty strings.
 * {@code truthId} identifies the person (all copies of one person share it); {@code dob} is ISO (yyyy-MM-dd).
 */
public record SyntheticRecord(String recordId, String truthId, String agency, String givenName, String familyName,
                              String dob, String sex, String postcode, String address, String city, String phone,
                              String email, String nhsNumber, String upn, String pncId) {

    /** The CSV header, in column order. */
    public static final List<String> COLUMNS = List.of("record_id", "truth_id", "agency", "given_name", "family_name",
            "dob", "sex", "postcode", "address", "city", "phone", "email", "nhs_number", "upn", "pnc_id");

    SyntheticRecord withRecordId(String id) {
        return new SyntheticRecord(id, truthId, agency, givenName, familyName, dob, sex, postcode, address, city, phone,
                email, nhsNumber, upn, pncId);
    }

    /** The values in {@link #COLUMNS} order. */
    public List<String> values() {
        return List.of(recordId, truthId, agency, givenName, familyName, dob, sex, postcode, address, city, phone,
                email, nhsNumber, upn, pncId);
    }

    /** Appends this record as one CSV line (RFC 4180 quoting where needed) with a trailing newline. */
    public void appendCsv(StringBuilder out) {
        List<String> values = values();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            appendField(out, values.get(i));
        }
        out.append('\n');
    }

    static void appendField(StringBuilder out, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        boolean quote = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                quote = true;
                break;
            }
        }
        if (!quote) {
            out.append(value);
            return;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        out.append('"');
    }
}
