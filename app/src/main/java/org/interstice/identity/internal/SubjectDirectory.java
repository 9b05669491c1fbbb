package org.interstice.identity.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.interstice.agency.Viewer;
import org.interstice.identity.AgencyKnowledge;
import org.interstice.identity.SubjectSummary;
import org.interstice.identity.Subjects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@link Subjects} other modules use. */
@Component
class SubjectDirectory implements Subjects {

    private final JdbcClient jdbc;
    private final PersonSearch search;
    private final Clock clock;

    SubjectDirectory(JdbcClient jdbc, PersonSearch search, Clock clock) {
        this.jdbc = jdbc;
        this.search = search;
        this.clock = clock;
    }

    static String displayName(String given, String family) {
        String g = given == null ? "" : given.trim();
        String f = family == null ? "" : family.trim().toUpperCase(Locale.UK);
        String name = (g + " " + f).trim();
        return name.isEmpty() ? "Unknown person" : name;
    }

    @Override
    public UUID current(UUID subjectId) {
        return jdbc.sql("""
                with recursive chain(id, merged_into, depth) as (
                  select id, merged_into, 0 from subject where id = :id
                  union all
                  select s.id, s.merged_into, c.depth + 1 from subject s join chain c on s.id = c.merged_into
                  where c.depth < 100)
                select id from chain where merged_into is null limit 1""")
                .param("id", subjectId).query(UUID.class).optional().orElse(subjectId);
    }

    @Override
    public Optional<SubjectSummary> byId(UUID subjectId) {
        UUID id = current(subjectId);
        return jdbc.sql("""
                select s.id, b.given_name, b.family_name, b.dob, b.sex, b.ethnicity, b.nhs_number,
                  (select count(*) from person_record c where c.subject_id = s.id) as records
                from subject s
                cross join lateral (select * from person_record b where b.subject_id = s.id
                                    order by (b.dob is null), b.created_at limit 1) b
                where s.id = :id""")
                .param("id", id)
                .query((rs, n) -> {
                    Date dob = rs.getDate(4);
                    return new SubjectSummary(rs.getObject(1, UUID.class), displayName(rs.getString(2), rs.getString(3)),
                            rs.getString(2), rs.getString(3), dob == null ? null : dob.toLocalDate(), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getInt(8));
                }).optional();
    }

    @Override
    public List<AgencyKnowledge> agenciesKnowing(UUID subjectId) {
        return jdbc.sql("""
                select a.id, a.code, a.name, min(r.first_known) as since, count(*) as records
                from person_record r join agency a on a.id = r.agency_id
                where r.subject_id = :id
                group by a.id, a.code, a.name
                order by since, a.name""")
                .param("id", current(subjectId))
                .query((rs, n) -> new AgencyKnowledge(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getDate(4).toLocalDate(), rs.getInt(5))).list();
    }

    @Override
    public OptionalInt age(UUID subjectId) {
        return ageOn(subjectId, LocalDate.now(clock));
    }

    @Override
    public OptionalInt ageOn(UUID subjectId, LocalDate date) {
        return byId(subjectId).map(s -> s.ageOn(date)).orElse(OptionalInt.empty());
    }

    @Override
    public List<SubjectSummary> search(Viewer viewer, String name, LocalDate dob, int limit) {
        return search.find(SubjectAccess.of(viewer), new PersonSearch.Query(name, dob, 366, null, null), limit)
                .stream().map(PersonSearch.Hit::subject).toList();
    }
}
