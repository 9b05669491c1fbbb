package org.interstice.identity.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.interstice.identity.NhsNumber;
import org.interstice.identity.SubjectSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds subjects by name (trigram similarity and Double Metaphone, over every name an agency holds including
 * aliases), date of birth with a tolerance, postcode (current or past) and identifier, within the viewer's scope.
 */
@Component
public class PersonSearch {

    /** What to look for; blank parts are ignored. {@code dobToleranceDays} widens the date of birth both ways. */
    public record Query(String name, LocalDate dob, int dobToleranceDays, String postcode, String identifier) {
        public boolean isEmpty() {
            return blank(name) && dob == null && blank(postcode) && blank(identifier);
        }
    }

    /** A subject found, with the agencies that know it (codes) and how closely the name matched (0 to 1). */
    public record Hit(SubjectSummary subject, List<String> agencies, double score) {
    }

    private final JdbcClient jdbc;

    PersonSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Hit> find(SubjectAccess access, Query q, int limit) {
        if (!access.allowed() || q.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> where = new ArrayList<>();
        String score = "1.0";
        StringBuilder from = new StringBuilder("person_record r");
        if (!blank(q.name())) {
            String name = q.name().trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            String[] parts = name.split(" ");
            String dmFirst = AgencyRecords.phonetic(parts[0]);
            String dmLast = AgencyRecords.phonetic(parts[parts.length - 1]);
            from.append(" join person_name n on n.record_id = r.id");
            params.put("name", name);
            String phonetic;
            if (parts.length > 1 && dmFirst != null && dmLast != null) {
                params.put("dmf", dmLast);
                params.put("dmg", dmFirst);
                phonetic = "(n.dm_family = :dmf and n.dm_given = :dmg)";
            } else if (dmLast != null) {
                params.put("dmk", dmLast);
                phonetic = "(n.dm_family = :dmk or n.dm_given = :dmk)";
            } else {
                phonetic = "false";
            }
            // With a date of birth the dob range (person_name_dob) is far more selective than trigrams of a common
            // name, so the similarity is written as a plain filter the planner cannot turn into a trigram index scan.
            String similar = q.dob() == null ? "n.full_name % :name" : "similarity(n.full_name, :name) >= 0.3";
            where.add("(" + similar + " or " + phonetic + ")");
            score = "greatest(similarity(n.full_name, :name), case when " + phonetic + " then 0.5 else 0 end)";
        }
        if (q.dob() != null) {
            params.put("dobFrom", Date.valueOf(q.dob().minusDays(q.dobToleranceDays())));
            params.put("dobTo", Date.valueOf(q.dob().plusDays(q.dobToleranceDays())));
            // with a name, the names' own copy of the date of birth lets one index range answer both
            where.add(blank(q.name()) ? "r.dob between :dobFrom and :dobTo" : "n.dob between :dobFrom and :dobTo");
        }
        if (!blank(q.postcode())) {
            params.put("postcode", q.postcode().trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", ""));
            where.add("(replace(r.postcode, ' ', '') = :postcode or exists (select 1 from person_address pa "
                    + "where pa.record_id = r.id and replace(pa.postcode, ' ', '') = :postcode))");
        }
        if (!blank(q.identifier())) {
            String id = q.identifier().trim().toUpperCase(Locale.ROOT);
            String nhs = NhsNumber.normalise(id);
            params.put("ident", id);
            params.put("nhs", nhs == null ? id : nhs);
            where.add("(r.nhs_number = :nhs or r.upn = :ident or r.pnc_id = :ident)");
        }
        where.add("r.subject_id is not null");
        where.add("(:wide or exists (select 1 from person_record ax where ax.subject_id = r.subject_id and ax.agency_id = :agency))");
        String sql = """
                with hits as (
                  select r.subject_id, max(%s) as score
                  from %s
                  where %s
                  group by r.subject_id
                  order by score desc
                  limit 500
                )
                select s.id, b.given_name, b.family_name, b.dob, b.sex, b.ethnicity, b.nhs_number,
                  (select count(*) from person_record c where c.subject_id = s.id) as records,
                  (select string_agg(distinct a.code, ',') from person_record c join agency a on a.id = c.agency_id
                     where c.subject_id = s.id) as agencies,
                  h.score
                from hits h
                join subject s on s.id = h.subject_id
                cross join lateral (select * from person_record b where b.subject_id = s.id
                                    order by (b.dob is null), b.created_at limit 1) b
                order by h.score desc, b.family_name, b.given_name
                limit :limit""".formatted(score, from, String.join(" and ", where));
        params.put("limit", limit);
        JdbcClient.StatementSpec spec = jdbc.sql(sql).params(params);
        return access.bind(spec).query((rs, n) -> {
            Date dob = rs.getDate(4);
            String given = rs.getString(2);
            String family = rs.getString(3);
            SubjectSummary summary = new SubjectSummary(rs.getObject(1, UUID.class),
                    SubjectDirectory.displayName(given, family), given, family, dob == null ? null : dob.toLocalDate(),
                    rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8));
            String agencies = rs.getString(9);
            return new Hit(summary, agencies == null ? List.of() : List.of(agencies.split(",")), rs.getDouble(10));
        }).list();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
