package org.interstice.identity.internal;

import java.sql.Date;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.interstice.identity.NhsNumber;
import org.interstice.identity.SubjectSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Finds subjects by name (trigram similarity and Double Metaphone, over every name an agency holds including
 * aliases), date of birth with a tolerance, postcode (current or past) and identifier, within the viewer's scope.
 *
 * <p>The query is built so that it reads a few hundred index entries, not tens of thousands:
 * <ul>
 * <li>an identifier, else a postcode, else the name, else the date of birth supplies the candidate records from an
 *     index; the other criteria given then filter them;</li>
 * <li>with a name and a date of birth, candidates are the names (i) on the dates people and systems actually get
 *     wrong: the date itself, a week either side, day and month swapped, the year or the month one out, when those
 *     lie within the tolerance, ranked by trigram similarity of the whole name; and (ii) anywhere within the
 *     tolerance whose family or given name sounds the same (Double Metaphone, read from a (key, dob) index);</li>
 * <li>with a name alone, names whose given and family names both sound the same; names one of whose names sounds
 *     the same and whose whole name is similar; and names whose trigram similarity is at least
 *     {@value #NAME_ONLY_SIMILARITY} (a stricter cut than with a date, because the trigram index would otherwise
 *     hand back a large part of the population); a bounded number of each;</li>
 * <li>a date of birth alone finds the likely dates above, not the whole window.</li>
 * </ul>
 * A name matches when its trigram similarity is at least {@value #SIMILARITY} or its phonetic keys match. Results are
 * ranked by name score, then by how far the date of birth is from the one asked for.
 */
@Component
public class PersonSearch {

    static final double SIMILARITY = 0.3;
    static final double NAME_ONLY_SIMILARITY = 0.6;
    /** Days either side of the given date of birth always searched with any similar name (within the tolerance). */
    static final int NEAR_DAYS = 7;

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

    @Transactional
    public List<Hit> find(SubjectAccess access, Query q, int limit) {
        if (!access.allowed() || q.isEmpty()) {
            return List.of();
        }
        // The candidate sets are small and read from indexes: parallel workers would only add start-up time, and the
        // name-only trigram cut is stricter than pg_trgm's default. Both settings end with this transaction.
        // When the caller's transaction is joined, its own settings are put back afterwards.
        boolean joined = !TransactionAspectSupport.currentTransactionStatus().isNewTransaction();
        Map<String, Object> before = jdbc.sql("select current_setting('max_parallel_workers_per_gather') as workers, "
                + "coalesce(current_setting('pg_trgm.similarity_threshold', true), '0.3') as threshold, "
                + "set_config('max_parallel_workers_per_gather', '0', true), "
                + "set_config('pg_trgm.similarity_threshold', :threshold, true)")
                .param("threshold", String.valueOf(NAME_ONLY_SIMILARITY)).query().singleRow();
        Map<String, Object> params = new LinkedHashMap<>();
        String sql = sql(q, params);
        params.put("limit", limit);
        List<Hit> hits = access.bind(jdbc.sql(sql).params(params)).query((rs, n) -> {
            Date dob = rs.getDate(4);
            String given = rs.getString(2);
            String family = rs.getString(3);
            SubjectSummary summary = new SubjectSummary(rs.getObject(1, UUID.class),
                    SubjectDirectory.displayName(given, family), given, family, dob == null ? null : dob.toLocalDate(),
                    rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8));
            String agencies = rs.getString(9);
            return new Hit(summary, agencies == null ? List.of() : List.of(agencies.split(",")), rs.getDouble(10));
        }).list();
        if (joined) {
            jdbc.sql("select set_config('max_parallel_workers_per_gather', :workers, true), "
                    + "set_config('pg_trgm.similarity_threshold', :threshold, true)")
                    .param("workers", before.get("workers")).param("threshold", before.get("threshold"))
                    .query().singleRow();
        }
        return hits;
    }

    /** The SQL for a query, filling in its parameters. Package-private so tests can EXPLAIN it. */
    static String sql(Query q, Map<String, Object> params) {
        boolean hasName = !blank(q.name());
        boolean hasDob = q.dob() != null;
        boolean hasPostcode = !blank(q.postcode()) && !postcodes(q.postcode()).isEmpty();
        boolean hasIdentifier = !blank(q.identifier());
        String matches = "true";
        String score = "1.0";
        String phonetic = "false";
        boolean oneWord = false;
        if (hasName) {
            String name = q.name().trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            String[] parts = name.split(" ");
            oneWord = parts.length == 1;
            String dmFirst = AgencyRecords.phonetic(parts[0]);
            String dmLast = AgencyRecords.phonetic(parts[parts.length - 1]);
            params.put("name", name);
            if (parts.length > 1 && dmFirst != null && dmLast != null) {
                params.put("dmf", dmLast);
                params.put("dmg", dmFirst);
                phonetic = "(n.dm_family = :dmf and n.dm_given = :dmg)";
            } else if (dmLast != null) {
                params.put("dmf", dmLast);
                params.put("dmg", dmLast);
                phonetic = "(n.dm_family = :dmf or n.dm_given = :dmg)";
            }
            matches = "(similarity(n.full_name, :name) >= " + SIMILARITY + " or " + phonetic + ")";
            score = "greatest(similarity(n.full_name, :name), case when " + phonetic + " then 0.5 else 0 end)";
        }
        if (hasDob) {
            int tolerance = Math.max(0, q.dobToleranceDays());
            params.put("dob", Date.valueOf(q.dob()));
            params.put("dobFrom", Date.valueOf(q.dob().minusDays(tolerance)));
            params.put("dobTo", Date.valueOf(q.dob().plusDays(tolerance)));
            params.put("dates", likelyDates(q.dob(), tolerance).stream().map(LocalDate::toString)
                    .collect(Collectors.joining(",", "{", "}")));
        }
        List<String> filters = new ArrayList<>();
        String candidates;
        if (hasIdentifier) {
            String id = q.identifier().trim().toUpperCase(Locale.ROOT);
            String nhs = NhsNumber.normalise(id);
            params.put("ident", id);
            params.put("nhs", nhs == null ? id : nhs);
            candidates = "select r.id as record_id from person_record r "
                    + "where r.nhs_number = :nhs or r.upn = :ident or r.pnc_id = :ident";
        } else if (hasPostcode) {
            candidates = postcodeCandidates(q, params);
        } else if (hasName) {
            candidates = nameCandidates(hasDob, matches, score, phonetic, oneWord);
        } else {
            candidates = "select r.id as record_id from person_record r where r.dob = any(cast(:dates as date[]))";
        }
        boolean nameSource = hasName && !hasIdentifier && !hasPostcode;
        if (hasIdentifier && hasPostcode) {
            candidates = "select c.record_id from (" + candidates + ") c where c.record_id in ("
                    + postcodeCandidates(q, params) + ")";
        }
        if (hasName && !nameSource) {
            candidates = "select c.record_id, max(" + score + ") as score from (" + candidates + ") c "
                    + "join person_name n on n.record_id = c.record_id where " + matches
                    + (hasDob ? " and n.dob between :dobFrom and :dobTo" : "") + " group by c.record_id";
        } else if (!hasName) {
            candidates = "select c.record_id, 1.0 as score from (" + candidates + ") c";
        }
        if (hasDob && !nameSource) {
            filters.add("r.dob between :dobFrom and :dobTo");
        }
        filters.add("r.subject_id is not null");
        filters.add("(:wide or exists (select 1 from person_record ax where ax.subject_id = r.subject_id and ax.agency_id = :agency))");
        String distance = hasDob ? "min(coalesce(abs(r.dob - :dob), 100000))" : "0";
        return """
                with cand as (%s),
                hits as (
                  select r.subject_id, max(c.score) as score, %s as distance
                  from cand c join person_record r on r.id = c.record_id
                  where %s
                  group by r.subject_id
                  order by score desc, distance
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
                order by h.score desc, h.distance, b.family_name, b.given_name
                limit :limit""".formatted(candidates, distance, String.join(" and ", filters));
    }

    private static String nameCandidates(boolean hasDob, String matches, String score, String phonetic,
                                         boolean oneWord) {
        String select = "select n.record_id, " + score + " as score from person_name n where ";
        List<String> branches = new ArrayList<>();
        boolean sounds = !phonetic.equals("false");
        if (hasDob) {
            branches.add(select + "n.dob = any(cast(:dates as date[])) and " + matches);
            if (sounds) {
                branches.add(select + "n.dm_family = :dmf and n.dob between :dobFrom and :dobTo and " + matches);
                branches.add(select + "n.dm_given = :dmg and n.dob between :dobFrom and :dobTo and " + matches);
            }
        } else {
            if (sounds) {
                branches.add("(" + select + phonetic + " limit 500)");
                if (!oneWord) {
                    // one of the two names sounds the same and the whole name is similar ("Lea Fox", "Leanne Fox")
                    branches.add("(" + select + "n.dm_family = :dmf and " + matches + " limit 500)");
                    branches.add("(" + select + "n.dm_given = :dmg and " + matches + " limit 500)");
                }
            }
            if (!sounds || !oneWord) {
                // one word against whole names rarely reaches the trigram cut; its sound finds given or family names
                branches.add("(" + select + "n.full_name % :name order by similarity(n.full_name, :name) desc limit 500)");
            }
        }
        return "select record_id, max(score) as score from (" + String.join(" union all ", branches)
                + ") b group by record_id";
    }

    private static String postcodeCandidates(Query q, Map<String, Object> params) {
        params.put("postcodes", postcodes(q.postcode()).stream().collect(Collectors.joining(",", "{", "}")));
        return "select r.id as record_id from person_record r where r.postcode = any(cast(:postcodes as text[])) "
                + "union select pa.record_id from person_address pa where pa.postcode = any(cast(:postcodes as text[]))";
    }

    /** The postcode as stored (outward code, space, inward code) and without the space; empty if not a postcode. */
    static List<String> postcodes(String raw) {
        String p = raw.trim().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        if (p.length() < 4 || p.length() > 8) {
            return List.of();
        }
        return List.of(p.substring(0, p.length() - 3) + " " + p.substring(p.length() - 3), p);
    }

    /**
     * The dates of birth a record of this person is likely to hold, within the tolerance: the date, a week either
     * side, day and month swapped, the year one out, the month one out.
     */
    static List<LocalDate> likelyDates(LocalDate dob, int tolerance) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (int d = -Math.min(NEAR_DAYS, tolerance); d <= Math.min(NEAR_DAYS, tolerance); d++) {
            dates.add(dob.plusDays(d));
        }
        if (dob.getDayOfMonth() <= 12) {
            try {
                dates.add(LocalDate.of(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue()));
            } catch (DateTimeException ignored) {
                // not a valid date the other way round
            }
        }
        dates.add(dob.plusYears(1));
        dates.add(dob.minusYears(1));
        dates.add(dob.plusMonths(1));
        dates.add(dob.minusMonths(1));
        LocalDate from = dob.minusDays(tolerance);
        LocalDate to = dob.plusDays(tolerance);
        return dates.stream().filter(d -> !d.isBefore(from) && !d.isAfter(to)).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
