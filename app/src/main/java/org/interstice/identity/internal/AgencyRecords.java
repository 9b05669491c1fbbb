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
        Timestamp at = Timestamp.from(now);
        jdbcTemplate.batchUpdate("insert into subject (id, status, created_at) values (?, 'ACTIVE', ?)",
                ids.stream().map(id -> new Object[] {id, at}).toList());
    }

    void insert(List<Row> rows, Instant now, LocalDate today) {
        if (rows.isEmpty()) {
            return;
        }
        Timestamp at = Timestamp.from(now);
        jdbcTemplate.batchUpdate("""
                insert into person_record (id, agency_id, source_system, source_id, content_hash, given_name, family_name,
                  dob, sex, ethnicity, nationality, postcode, address, phones, emails, nhs_number, upn, pnc_id,
                  first_known, subject_id, link_state, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                rows, 1000, (ps, row) -> {
                    IncomingPerson p = row.person();
                    ps.setObject(1, row.id());
                    ps.setObject(2, p.agencyId());
                    setValues(ps, 3, p, today);
                    ps.setObject(20, row.subjectId());
                    ps.setString(21, row.subjectId() == null ? "AWAITING_REVIEW" : "LINKED");
                    ps.setTimestamp(22, at);
                    ps.setTimestamp(23, at);
                });
        writeNamesAndAddresses(rows, true);
    }

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
        List<Object[]> names = new ArrayList<>();
        List<Object[]> addressRows = new ArrayList<>();
        for (Row row : rows) {
            for (IncomingPerson.Name n : row.person().names()) {
                names.add(new Object[] {row.id(), n.kind().name(), n.given(), n.family(), fullName(n.given(), n.family()),
                        phonetic(n.given()), phonetic(n.family())});
            }
            if (addresses) {
                for (IncomingPerson.Address a : row.person().addresses()) {
                    addressRows.add(new Object[] {row.id(), a.line(), a.postcode(),
                            a.from() == null ? null : Date.valueOf(a.from()), a.to() == null ? null : Date.valueOf(a.to())});
                }
            }
        }
        jdbcTemplate.batchUpdate("""
                insert into person_name (record_id, kind, given_name, family_name, full_name, dm_given, dm_family)
                values (?, ?, ?, ?, ?, ?, ?)""", names);
        jdbcTemplate.batchUpdate("insert into person_address (record_id, line, postcode, from_date, to_date) values (?, ?, ?, ?, ?)",
                addressRows, new int[] {Types.OTHER, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.DATE});
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
