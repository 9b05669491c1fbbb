package org.interstice.identity.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.interstice.identity.IncomingPerson;
import org.interstice.linkage.Field;
import org.interstice.linkage.FieldType;
import org.interstice.linkage.Record;
import org.interstice.linkage.Schema;

/** How an agency person record is presented to the linkage engine. */
final class LinkageRecords {

    static final Schema SCHEMA = Schema.of(
            new Field(FieldType.GIVEN_NAME, "given_name"),
            new Field(FieldType.FAMILY_NAME, "family_name"),
            new Field(FieldType.DOB, "dob"),
            new Field(FieldType.SEX, "sex"),
            new Field(FieldType.POSTCODE, "postcode"),
            new Field(FieldType.ADDRESS, "address"),
            new Field(FieldType.PHONE, "phone"),
            new Field(FieldType.EMAIL, "email"),
            new Field(FieldType.NHS_NUMBER, "nhs_number"),
            new Field(FieldType.UPN, "upn"),
            new Field(FieldType.PNC_ID, "pnc_id"));

    private LinkageRecords() {
    }

    static Record of(UUID id, IncomingPerson p) {
        IncomingPerson.Name name = p.primaryName();
        IncomingPerson.Address address = p.currentAddress();
        return of(id, name.given(), name.family(), p.dateOfBirth(), p.sex(),
                address == null ? null : address.postcode(), address == null ? null : address.line(),
                first(p.phones()), first(p.emails()), p.nhsNumber(), p.upn(), p.pncId());
    }

    static Record of(UUID id, String given, String family, LocalDate dob, String sex, String postcode, String address,
                     String phone, String email, String nhs, String upn, String pnc) {
        Map<String, String> v = new HashMap<>(16);
        put(v, "given_name", given);
        put(v, "family_name", family);
        put(v, "dob", dob == null ? null : dob.toString());
        put(v, "sex", "U".equals(sex) ? null : sex);
        put(v, "postcode", postcode);
        put(v, "address", address);
        put(v, "phone", phone);
        put(v, "email", email);
        put(v, "nhs_number", nhs);
        put(v, "upn", upn);
        put(v, "pnc_id", pnc);
        return new Record(id.toString(), v);
    }

    private static void put(Map<String, String> v, String k, String value) {
        if (value != null && !value.isBlank()) {
            v.put(k, value);
        }
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? null : values.get(0);
    }
}
