package org.interstice.intelligence.internal.resolution;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.interstice.intelligence.PersonsJoined;
import org.interstice.intelligence.PersonsSplit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An analyst's decisions on persons: join two as one man (moving the absorbed person's mentions and links to the
 * survivor, remembering each moved row), keep two apart, or undo a join (a split, moving exactly those rows back).
 * Each is audited and published so that pursuit follows.
 */
@Component
public class PersonJoins {

    private final JdbcClient jdbc;
    private final Audit audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PersonJoins(JdbcClient jdbc, Audit audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Done, or refused with the reason. */
    public record Result(UUID id, String refusal) {
        static Result refused(String why) { return new Result(null, why); }
        public boolean done() { return refusal == null; }
    }

    /** The analyst decides a review: the two are one man (joined) or not (kept apart). */
    @Transactional
    public Result decide(Viewer viewer, UUID reviewId, int version, boolean same, String reason) {
        var review = jdbc.sql("select person_id, candidate_id, status, version from person_review where id = ? for update")
                .param(reviewId).query((rs, n) -> new Object[]{rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getInt(4)})
                .optional();
        if (review.isEmpty()) return Result.refused("No such review");
        Object[] r = review.get();
        if (!"PENDING".equals(r[2])) return Result.refused("This review has already been decided");
        if ((int) r[3] != version) return Result.refused("Someone else changed this review; look again before deciding");
        if (!same && (reason == null || reason.isBlank())) return Result.refused("Say why they are different people");
        Instant now = clock.instant();
        UUID joinId = null;
        if (same) {
            Result joined = join(viewer, current((UUID) r[1]), current((UUID) r[0]), reviewId,
                    reason == null || reason.isBlank() ? "Same man (review)" : reason.strip(), now);
            if (!joined.done()) return joined;
            joinId = joined.id();
        }
        jdbc.sql("update person_review set status = ?, decided_at = ?, decided_by = ?, reason = ?, version = version + 1 where id = ?")
                .params(same ? "JOINED" : "KEPT_APART", Timestamp.from(now), viewer.userId(), reason == null || reason.isBlank() ? null : reason.strip(), reviewId)
                .update();
        audit.change(viewer, same ? "JOIN_PERSONS" : "KEEP_PERSONS_APART", "person_review", reviewId);
        return new Result(same ? joinId : reviewId, null);
    }

    /** Joins two persons directly (from the "may be the same man" list or a person's page). */
    @Transactional
    public Result join(Viewer viewer, UUID survivor, UUID absorbed, String reason) {
        if (reason == null || reason.isBlank()) return Result.refused("Say why they are the same man");
        Result r = join(viewer, current(survivor), current(absorbed), null, reason.strip(), clock.instant());
        if (r.done()) audit.change(viewer, "JOIN_PERSONS", "person_join", r.id());
        return r;
    }

    private Result join(Viewer viewer, UUID a, UUID b, UUID reviewId, String reason, Instant now) {
        if (a.equals(b)) return Result.refused("They are already one person");
        // the survivor is the one identified by a subject, else the one named first
        UUID survivor = jdbc.sql("""
                        select id from pole_entity where id in (?, ?) order by subject_id is null, created_at, id limit 1""")
                .params(a, b).query(UUID.class).single();
        UUID absorbed = survivor.equals(a) ? b : a;
        long subjects = jdbc.sql("select count(*) from pole_entity where id in (?, ?) and subject_id is not null").params(a, b).query(Long.class).single();
        if (subjects == 2 && reviewId == null)
            return Result.refused("Both are identified as different identity subjects: decide it in the review queue, or merge the subjects in identity");
        UUID join = UUID.randomUUID();
        jdbc.sql("insert into person_join (id, survivor_id, absorbed_id, review_id, joined_at, joined_by, reason) values (?, ?, ?, ?, ?, ?, ?)")
                .params(join, survivor, absorbed, reviewId, Timestamp.from(now), viewer.userId(), reason).update();
        jdbc.sql("insert into person_join_row (join_id, kind, row_id) select ?, 'MENTION', id from person_mention where person_entity_id = ?")
                .params(join, absorbed).update();
        jdbc.sql("update person_mention set person_entity_id = ? where person_entity_id = ?").params(survivor, absorbed).update();
        jdbc.sql("insert into person_join_row (join_id, kind, row_id, role) select ?, 'NAMED', report_id, role from intelligence_mention where entity_id = ?")
                .params(join, absorbed).update();
        jdbc.sql("""
                        insert into intelligence_mention (report_id, entity_id, role)
                        select report_id, ?, role from intelligence_mention where entity_id = ? on conflict do nothing""")
                .params(survivor, absorbed).update();
        jdbc.sql("delete from intelligence_mention where entity_id = ?").param(absorbed).update();
        jdbc.sql("insert into person_join_row (join_id, kind, row_id) select ?, 'LINK_FROM', id from pole_link where from_entity_id = ? and to_entity_id <> ?")
                .params(join, absorbed, survivor).update();
        jdbc.sql("insert into person_join_row (join_id, kind, row_id) select ?, 'LINK_TO', id from pole_link where to_entity_id = ? and from_entity_id <> ?")
                .params(join, absorbed, survivor).update();
        jdbc.sql("update pole_link set from_entity_id = ? where from_entity_id = ? and to_entity_id <> ?").params(survivor, absorbed, survivor).update();
        jdbc.sql("update pole_link set to_entity_id = ? where to_entity_id = ? and from_entity_id <> ?").params(survivor, absorbed, survivor).update();
        jdbc.sql("update pole_entity set joined_into = ? where id = ?").params(survivor, absorbed).update();
        // other open reviews between the two are answered by this join
        jdbc.sql("""
                        update person_review set status = 'SUPERSEDED', decided_at = ?, decided_by = ?, version = version + 1
                        where status = 'PENDING' and (cast(? as uuid) is null or id <> ?) and
                              ((person_id = ? and candidate_id = ?) or (person_id = ? and candidate_id = ?))""")
                .params(Timestamp.from(now), viewer.userId(), reviewId, reviewId, survivor, absorbed, absorbed, survivor).update();
        events.publishEvent(new PersonsJoined(join, survivor, absorbed, viewer.userId()));
        return new Result(join, null);
    }

    /**
     * Resolution found one report's mention above the join score with two persons: they are one man. Never two
     * identity subjects, never a pair an analyst kept apart. Answers the person both now are.
     */
    Optional<UUID> byResolution(Viewer viewer, UUID a, UUID b, UUID reportId, MentionScore.Score score, Instant now) {
        return byResolution(viewer, a, b, reportId, score, false, now);
    }

    /**
     * The same for a bridge (ADR 0078, {@code bridge}): after a report joined a mention to one person, that
     * person as a whole scored above the join score with another.
     */
    Optional<UUID> byResolution(Viewer viewer, UUID a, UUID b, UUID reportId, MentionScore.Score score, boolean bridge, Instant now) {
        UUID x = current(a), y = current(b);
        if (x.equals(y)) return Optional.of(x);
        long subjects = jdbc.sql("select count(distinct subject_id) from pole_entity where id in (?, ?) and subject_id is not null")
                .params(x, y).query(Long.class).single();
        boolean keptApart = jdbc.sql("""
                        select count(*) from person_review where status = 'KEPT_APART'
                          and ((person_id = ? and candidate_id = ?) or (person_id = ? and candidate_id = ?))""")
                .params(x, y, y, x).query(Long.class).single() > 0;
        if (subjects > 1 || keptApart) return Optional.empty();
        String reference = jdbc.sql("select reference from intelligence_report where id = ?").param(reportId).query(String.class).single();
        String why = !bridge ? " names one man tied to both (score " : " joined one of them, and the two compared as wholes score ";
        Result r = join(viewer, x, y, null, "Resolution: " + reference + why
                + Math.round(score.total()) + (!bridge ? ": " : " (a bridge): ") + PersonResolution.lines(score.evidence()).replace("\n", "; ")
                + (!bridge ? ")" : ""), now);
        if (!r.done()) return Optional.empty();
        audit.change(viewer, "JOIN_PERSONS", "person_join", r.id());
        return Optional.of(current(x));
    }

    /** Undoes a join: the absorbed person's own mentions, namings and links go back to him. */
    @Transactional
    public Result split(Viewer viewer, UUID joinId, String reason) {
        if (reason == null || reason.isBlank()) return Result.refused("Say why they are different people");
        Optional<UUID[]> join = jdbc.sql("select survivor_id, absorbed_id from person_join where id = ? and undone_at is null for update")
                .param(joinId).query((rs, n) -> new UUID[]{rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}).optional();
        if (join.isEmpty()) return Result.refused("No such join, or it has already been undone");
        UUID restored = join.get()[1];
        Instant now = clock.instant();
        jdbc.sql("update person_mention set person_entity_id = ? where id in (select row_id from person_join_row where join_id = ? and kind = 'MENTION')")
                .params(restored, joinId).update();
        // a report's naming moves back unless a mention still on the survivor's side came from that report
        jdbc.sql("""
                        delete from intelligence_mention m using person_join_row j
                        where j.join_id = ? and j.kind = 'NAMED' and m.report_id = j.row_id and m.role = j.role
                          and m.entity_id = (select survivor_id from person_join where id = ?)
                          and not exists (select 1 from person_mention p where p.report_id = j.row_id and p.person_entity_id = m.entity_id)""")
                .params(joinId, joinId).update();
        jdbc.sql("""
                        insert into intelligence_mention (report_id, entity_id, role)
                        select row_id, ?, role from person_join_row where join_id = ? and kind = 'NAMED' on conflict do nothing""")
                .params(restored, joinId).update();
        jdbc.sql("update pole_link set from_entity_id = ? where id in (select row_id from person_join_row where join_id = ? and kind = 'LINK_FROM')")
                .params(restored, joinId).update();
        jdbc.sql("update pole_link set to_entity_id = ? where id in (select row_id from person_join_row where join_id = ? and kind = 'LINK_TO')")
                .params(restored, joinId).update();
        jdbc.sql("update pole_entity set joined_into = null where id = ?").param(restored).update();
        jdbc.sql("update person_join set undone_at = ?, undone_by = ?, undo_reason = ? where id = ?")
                .params(Timestamp.from(now), viewer.userId(), reason.strip(), joinId).update();
        audit.change(viewer, "SPLIT_PERSONS", "person_join", joinId);
        events.publishEvent(new PersonsSplit(joinId, join.get()[0], restored, viewer.userId()));
        return new Result(joinId, null);
    }

    /** The person a (possibly since joined) person now belongs to. */
    public UUID current(UUID person) {
        UUID p = person;
        for (int i = 0; i < 50; i++) {
            UUID next = jdbc.sql("select joined_into from pole_entity where id = ? and joined_into is not null").param(p)
                    .query(UUID.class).optional().orElse(null);
            if (next == null) return p;
            p = next;
        }
        return p;
    }
}
