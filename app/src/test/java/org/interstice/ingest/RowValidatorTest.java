package org.interstice.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.interstice.identity.IncomingPerson.NameKind;
import org.interstice.ingest.internal.CanonicalColumn;
import org.interstice.ingest.internal.ColumnProfile;
import org.interstice.ingest.internal.ExtractReader;
import org.interstice.ingest.internal.RowError;
import org.interstice.ingest.internal.RowValidator;
import org.junit.jupiter.api.Test;

class RowValidatorTest {

    private final RowValidator validator = new RowValidator(UUID.randomUUID(), "test", LocalDate.of(2026, 11, 28));

    private RowValidator.Result validate(String csv) {
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        List<RowValidator.Result> results = new ArrayList<>();
        ExtractReader.read(ExtractReader.detect("x.csv", bytes), bytes,
                row -> results.add(validator.validate(row.number(), ColumnProfile.CANONICAL.canonical(row.values()))));
        return results.get(0);
    }

    @Test
    void a_good_row_becomes_an_incoming_person_with_normalised_values() {
        var result = validate("""
                source_id,given_name,family_name,dob,sex,ethnicity,postcode,address,phone,email,nhs_number,upn,pnc_id,aliases
                C-1,Amira,Khan,2011-03-04,2,apkn,nb14aa,1 Mill Lane,07700 900123,A.Khan@Example.org,943 476 5919,A123456789012,05/123456A,Amy Khan
                """);
        assertThat(result.errors()).isEmpty();
        var p = result.person();
        assertThat(p.sourceId()).isEqualTo("C-1");
        assertThat(p.sex()).isEqualTo("F");
        assertThat(p.ethnicity()).isEqualTo("APKN");
        assertThat(p.currentAddress().postcode()).isEqualTo("NB1 4AA");
        assertThat(p.nhsNumber()).isEqualTo("9434765919");
        assertThat(p.emails()).containsExactly("a.khan@example.org");
        assertThat(p.names()).extracting(n -> n.kind()).containsExactly(NameKind.PRIMARY, NameKind.ALIAS);
    }

    @Test
    void each_bad_value_is_reported_with_row_column_value_and_rule() {
        var result = validate("""
                source_id,given_name,family_name,dob,ethnicity,nhs_number,postcode
                C-2,Jo,Bloggs,2031-01-01,ASIAN,9434765918,NOWHERE
                """);
        assertThat(result.errors()).extracting(RowError::column).containsExactly("dob", "ethnicity", "postcode", "nhs_number");
        assertThat(result.errors().get(0)).isEqualTo(new RowError(1, "dob", "2031-01-01", "must not be in the future"));
        assertThat(result.errors().get(3).rule()).contains("valid 10-digit NHS number");
    }

    @Test
    void refused_and_not_obtained_ethnicity_are_accepted() {
        assertThat(validate("source_id,family_name,ethnicity\nX,Smith,REFU\n").person().ethnicity()).isEqualTo("REFU");
        assertThat(validate("source_id,family_name,ethnicity\nX,Smith,NOBT\n").person().ethnicity()).isEqualTo("NOBT");
    }

    @Test
    void a_profile_maps_an_agency_own_headers_to_the_canonical_columns() {
        var profile = new ColumnProfile("mosaic", Map.of(CanonicalColumn.SOURCE_ID, "PersonID",
                CanonicalColumn.FAMILY_NAME, "Surname", CanonicalColumn.DOB, "DateOfBirth"));
        var canonical = profile.canonical(Map.of("PersonID", "P9", "Surname", "Lee", "DateOfBirth", "04/05/2012"));
        var result = validator.validate(1, canonical);
        assertThat(result.person().sourceId()).isEqualTo("P9");
        assertThat(result.person().dateOfBirth()).isEqualTo(LocalDate.of(2012, 5, 4));
    }

    @Test
    void json_lines_with_arrays_read_like_csv() {
        byte[] bytes = """
                {"source_id":"J1","given_name":"Leon","family_name":"Price","phone":["07700900001","07700900002"]}
                """.getBytes(StandardCharsets.UTF_8);
        List<RowValidator.Result> results = new ArrayList<>();
        ExtractReader.read(ExtractReader.detect("x.jsonl", bytes), bytes,
                row -> results.add(validator.validate(row.number(), ColumnProfile.CANONICAL.canonical(row.values()))));
        assertThat(results.get(0).person().phones()).containsExactly("07700900001", "07700900002");
    }
}
