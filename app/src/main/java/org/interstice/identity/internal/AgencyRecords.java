package org.interstice.identity.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.interstice.identity.IncomingPerson;
import org.interstice.linkage.Record;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The person_record table and its names and addresses, written in batches. */
@Component
class AgencyRecords {

    /** What the intake needs to know about a record that is already held. */
    record Held(UUID id, String sourceId, String contentHash, UUID subjectId, String addressLine, String postcode) {
    }

    /** A record ready to be written: its id, the incoming values, its subject (null while awaiting review). */
    record Row(UUID id, IncomingPerson person, UUID subjectId) {
    }

    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;

    AgencyRecords(JdbcTemplate jdbcTemplate, JdbcClient jdbc) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = jdbc;
    }

    Map<String, Held> held(UUID agencyId, Collection<String> sourceIds) {
        Map<String, Held> out = new HashMap<>();
        if (sourceIds.isEmpty()) {
            return out;
        }
        jdbcTemplate.query(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    select id, source_id, content_hash, subject_id, address, postcode
                    from person_record where agency_id = ? and source_id = any (?)""");
            ps.setObject(1, agencyId);
            ps.setArray(2, con.createArrayOf("text", sourceIds.toArray()));
            return ps;
        }, rs -> {
            Held h = new Held(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                    rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6));
            out.put(h.sourceId(), h);
        });
        return out;
    }

    void insertSubjects(Collection<UUID> ids, Instant now) {
        if (ids.isEmpty()) {
            return;
        }
        jdbcTemplate.update(con -> {
            PreparedStatement ps = con.prepareStatement(
                    "insert into subject (id, status, created_at) select u, 'ACTIVE', ? from unnest(?) as u");
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setArray(2, con.createArrayOf("uuid", ids.toArray()));
            return ps;
        });
    }

    /**
     * Inserts records, their names and addresses with one statement per table (arrays unnested in PostgreSQL):
     * several times faster than JDBC batches for the thousands of rows of an extract.
     */
    void insert(List<Row> rows, Instant now, LocalDate today) {
        if (rows.isEmpty()) {
            return;
        }
        int n = rows.size();
        Object[] ids = new Object[n];
        Object[] agencies = new Object[n];
        String[] systems = new String[n];
        String[] sources = new String[n];
        String[] hashes = new String[n];
        String[] given = new String[n];
        String[] family = new String[n];
        Date[] dobs = new Date[n];
        String[] sexes = new String[n];
        String[] ethnicities = new String[n];
        String[] nationalities = new String[n];
        String[] postcodes = new String[n];
        String[] addresses = new String[n];
        String[] phones = new String[n];
        String[] emails = new String[n];
        String[] nhs = new String[n];
        String[] upns = new String[n];
        String[] pncs = new String[n];
        Date[] firstKnown = new Date[n];
        Object[] subjects = new Object[n];
        for (int i = 0; i < n; i++) {
            Row row = rows.get(i);
            IncomingPerson p = row.person();
            IncomingPerson.Name name = p.primaryName();
            IncomingPerson.Address address = p.currentAddress();
            ids[i] = row.id();
            agencies[i] = p.agencyId();
            systems[i] = p.sourceSystem() == null ? "unknown" : p.sourceSystem();
            sources[i] = p.sourceId();
            hashes[i] = p.contentHash();
            given[i] = name.given();
            family[i] = name.family();
            dobs[i] = p.dateOfBirth() == null ? null : Date.valueOf(p.dateOfBirth());
            sexes[i] = p.sex();
            ethnicities[i] = p.ethnicity();
            nationalities[i] = p.nationality();
            postcodes[i] = address == null ? null : address.postcode();
            addresses[i] = address == null ? null : address.line();
            phones[i] = String.join(SEPARATOR, p.phones());
            emails[i] = String.join(SEPARATOR, p.emails());
            nhs[i] = p.nhsNumber();
            upns[i] = p.upn();
            pncs[i] = p.pncId();
            firstKnown[i] = Date.valueOf(p.firstKnown() == null ? today : p.firstKnown());
            subjects[i] = row.subjectId();
        }
        jdbcTemplate.update(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    insert into person_record (id, agency_id, source_system, source_id, content_hash, given_name, family_name,
                      dob, sex, ethnicity, nationality, postcode, address, phones, emails, nhs_number, upn, pnc_id,
                      first_known, subject_id, link_state, created_at, updated_at)
                    select id, agency, sys, src, hash, given, family, dob, sex, eth, nat, pc, addr,
                      case when phones = '' then '{}'::text[] else string_to_array(phones, chr(31)) end,
                      case when emails = '' then '{}'::text[] else string_to_array(emails, chr(31)) end,
                      nhs, upn, pnc, known, subject, case when subject is null then 'AWAITING_REVIEW' else 'LINKED' end, ?, ?
                    from unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::date[],
                      ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                      ?::text[], ?::date[], ?::uuid[])
                      as t(id, agency, sys, src, hash, given, family, dob, sex, eth, nat, pc, addr, phones, emails, nhs, upn,
                           pnc, known, subject)""");
            Timestamp at = Timestamp.from(now);
            ps.setTimestamp(1, at);
            ps.setTimestamp(2, at);
            int i = 3;
            ps.setArray(i++, con.createArrayOf("uuid", ids));
            ps.setArray(i++, con.createArrayOf("uuid", agencies));
            for (String[] column : List.of(systems, sources, hashes, given, family)) {
                ps.setArray(i++, con.createArrayOf("text", column));
            }
            ps.setArray(i++, con.createArrayOf("date", dobs));
            for (String[] column : List.of(sexes, ethnicities, nationalities, postcodes, addresses, phones, emails, nhs,
                    upns, pncs)) {
                ps.setArray(i++, con.createArrayOf("text", column));
            }
            ps.setArray(i++, con.createArrayOf("date", firstKnown));
            ps.setArray(i, con.createArrayOf("uuid", subjects));
            return ps;
        });
        writeNamesAndAddresses(rows, true);
    }

    private static final String SEPARATOR = "\u001f";

    /** Replaces a changed record's values; its old address is kept, closed on the day the change arrived. */
    void update(Row row, Held held, LocalDate today, Instant now) {
        IncomingPerson p = row.person();
        jdbcTemplate.update(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    update person_record set source_system = ?, source_id = ?, content_hash = ?, given_name = ?,
                      family_name = ?, dob = ?, sex = ?, ethnicity = ?, nationality = ?, postcode = ?, address = ?,
                      phones = ?, emails = ?, nhs_number = ?, upn = ?, pnc_id = ?, first_known = least(first_known, ?),
                      updated_at = ?, version = version + 1
                    where id = ?""");
            setValues(ps, 1, p, today);
            ps.setTimestamp(18, Timestamp.from(now));
            ps.setObject(19, row.id());
            return ps;
        });
        jdbc.sql("delete from person_name where record_id = :id").param("id", row.id()).update();
        IncomingPerson.Address now0 = p.currentAddress();
        boolean moved = now0 != null && (!eq(now0.line(), held.addressLine()) || !eq(now0.postcode(), held.postcode()));
        if (moved) {
            jdbc.sql("update person_address set to_date = :today where record_id = :id and to_date is null")
                    .param("today", today).param("id", row.id()).update();
        }
        writeNamesAndAddresses(List.of(row), moved);
    }

    private static boolean eq(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private void setValues(PreparedStatement ps, int i, IncomingPerson p, LocalDate today) throws SQLException {
        IncomingPerson.Name name = p.primaryName();
        IncomingPerson.Address address = p.currentAddress();
        ps.setString(i, p.sourceSystem() == null ? "unknown" : p.sourceSystem());
        ps.setString(i + 1, p.sourceId());
        ps.setString(i + 2, p.contentHash());
        ps.setString(i + 3, name.given());
        ps.setString(i + 4, name.family());
        ps.setObject(i + 5, p.dateOfBirth() == null ? null : Date.valueOf(p.dateOfBirth()), Types.DATE);
        ps.setString(i + 6, p.sex());
        ps.setString(i + 7, p.ethnicity());
        ps.setString(i + 8, p.nationality());
        ps.setString(i + 9, address == null ? null : address.postcode());
        ps.setString(i + 10, address == null ? null : address.line());
        ps.setArray(i + 11, array(ps, p.phones()));
        ps.setArray(i + 12, array(ps, p.emails()));
        ps.setString(i + 13, p.nhsNumber());
        ps.setString(i + 14, p.upn());
        ps.setString(i + 15, p.pncId());
        ps.setObject(i + 16, Date.valueOf(p.firstKnown() == null ? today : p.firstKnown()), Types.DATE);
    }

    private static Array array(PreparedStatement ps, List<String> values) throws SQLException {
        return ps.getConnection().createArrayOf("text", values.toArray());
    }

    private void writeNamesAndAddresses(List<Row> rows, boolean addresses) {
        List<Object> nameRecords = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        List<String> givens = new ArrayList<>();
        List<String> families = new ArrayList<>();
        List<String> fulls = new ArrayList<>();
        List<String> dmGivens = new ArrayList<>();
        List<String> dmFamilies = new ArrayList<>();
        List<Date> nameDobs = new ArrayList<>();
        List<Object> addressRecords = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        List<String> postcodes = new ArrayList<>();
        List<Date> froms = new ArrayList<>();
        List<Date> tos = new ArrayList<>();
        for (Row row : rows) {
            for (IncomingPerson.Name n : row.person().names()) {
                nameRecords.add(row.id());
                kinds.add(n.kind().name());
                givens.add(n.given());
                families.add(n.family());
                fulls.add(fullName(n.given(), n.family()));
                dmGivens.add(phonetic(n.given()));
                dmFamilies.add(phonetic(n.family()));
                nameDobs.add(row.person().dateOfBirth() == null ? null : Date.valueOf(row.person().dateOfBirth()));
            }
            if (addresses) {
                for (IncomingPerson.Address a : row.person().addresses()) {
                    addressRecords.add(row.id());
                    lines.add(a.line());
                    postcodes.add(a.postcode());
                    froms.add(a.from() == null ? null : Date.valueOf(a.from()));
                    tos.add(a.to() == null ? null : Date.valueOf(a.to()));
                }
            }
        }
        if (!nameRecords.isEmpty()) {
            jdbcTemplate.update(con -> {
                PreparedStatement ps = con.prepareStatement("""
                        insert into person_name (record_id, kind, given_name, family_name, full_name, dm_given, dm_family, dob)
                        select * from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                          ?::date[])""");
                ps.setArray(1, con.createArrayOf("uuid", nameRecords.toArray()));
                ps.setArray(2, con.createArrayOf("text", kinds.toArray()));
                ps.setArray(3, con.createArrayOf("text", givens.toArray()));
                ps.setArray(4, con.createArrayOf("text", families.toArray()));
                ps.setArray(5, con.createArrayOf("text", fulls.toArray()));
                ps.setArray(6, con.createArrayOf("text", dmGivens.toArray()));
                ps.setArray(7, con.createArrayOf("text", dmFamilies.toArray()));
                ps.setArray(8, con.createArrayOf("date", nameDobs.toArray()));
                return ps;
            });
        }
        if (!addressRecords.isEmpty()) {
            jdbcTemplate.update(con -> {
                PreparedStatement ps = con.prepareStatement("""
                        insert into person_address (record_id, line, postcode, from_date, to_date)
                        select * from unnest(?::uuid[], ?::text[], ?::text[], ?::date[], ?::date[])""");
                ps.setArray(1, con.createArrayOf("uuid", addressRecords.toArray()));
                ps.setArray(2, con.createArrayOf("text", lines.toArray()));
                ps.setArray(3, con.createArrayOf("text", postcodes.toArray()));
                ps.setArray(4, con.createArrayOf("date", froms.toArray()));
                ps.setArray(5, con.createArrayOf("date", tos.toArray()));
                return ps;
            });
        }
    }

    static String fullName(String given, String family) {
        return ((given == null ? "" : given.trim()) + " " + (family == null ? "" : family.trim())).trim()
                .toLowerCase(Locale.ROOT);
    }

    static String phonetic(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String first = name.trim().split("[\\s-]+")[0];
        String code = METAPHONE.doubleMetaphone(first);
        return code == null || code.isEmpty() ? null : code;
    }

    /** Streams every record as the engine sees it, with its subject, for building the index. */
    void forEachForIndex(Consumer<Map.Entry<Record, UUID>> each) {
        jdbcTemplate.query(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    select id, given_name, family_name, dob, sex, postcode, address, phones[1], emails[1],
                      nhs_number, upn, pnc_id, subject_id from person_record""");
            ps.setFetchSize(5000);
            return ps;
        }, rs -> {
            Date dob = rs.getDate(4);
            Record r = LinkageRecords.of(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                    dob == null ? null : dob.toLocalDate(), rs.getString(5), rs.getString(6), rs.getString(7),
                    rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12));
            each.accept(new java.util.AbstractMap.SimpleImmutableEntry<>(r, rs.getObject(13, UUID.class)));
        });
    }

}
