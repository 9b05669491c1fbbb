package org.interstice.signals.demo;

import org.interstice.calendar.WorkingDays;
import org.interstice.demo.DemoStep;
import org.interstice.demo.History;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Step 450: two years of Northshire Police's missing episodes and the return home interviews that followed, so that
 * the learning module's chart of interviews offered within 72 hours has history. The children are synthetic and known
 * to no agency's records (identity has no subject for them), so the "known elsewhere" rule never brings one to the
 * MASH; every interview was offered, done or declined, so none is overdue today. The targets: a poor, stable process
 * for the first year, then a sustained improvement after a commissioned return home interview service (a shift).
 */
@Component
class SignalsHistory implements DemoStep {

    /** Per cent of interviews offered within 72 hours, by the month they fell due (oldest first). */
    static final double[] OFFERED_IN_TIME = {58, 55, 61, 52, 57, 60, 54, 59, 56, 62, 53, 58, 71, 76, 74, 79, 77, 81, 78,
            75, 80, 82, 79, 81};
    private static final Duration OFFER = Duration.ofHours(72);

    private final JdbcClient jdbc;
    private final WorkingDays workingDays;

    SignalsHistory(JdbcClient jdbc, WorkingDays workingDays) {
        this.jdbc = jdbc;
        this.workingDays = workingDays;
    }

    @Override
    public int order() {
        return History.ORDER;
    }

    @Override
    public void seed() {
        Optional<UUID> police = agency("POLICE");
        Optional<UUID> socialCare = agency("CHILDRENS_SOCIAL_CARE");
        if (police.isEmpty() || socialCare.isEmpty()) {
            return;
        }
        History history = new History(13_450L, workingDays);
        Instant now = history.startOf(history.today());
        int reference = 0;
        for (int index = 0; index < History.MONTHS; index++) {
            YearMonth month = history.month(index);
            List<Boolean> flags = history.shuffled(history.between(18, 26), OFFERED_IN_TIME[index]);
            for (boolean inTime : flags) {
                LocalDate dueOn = month.atDay(1 + history.random().nextInt(month.lengthOfMonth()));
                Instant due = history.startOf(dueOn).plus(Duration.ofMinutes(history.between(0, 24 * 60 - 1)));
                Instant returned = due.minus(OFFER);
                Instant missingFrom = returned.minus(Duration.ofHours(history.between(4, 60)));
                Instant offered = inTime ? returned.plus(Duration.ofHours(history.between(3, 70)))
                        : due.plus(Duration.ofHours(history.between(4, 240)));
                Instant answered = offered.plus(Duration.ofHours(history.between(2, 96)));
                if (answered.isAfter(now)) {
                    continue;
                }
                boolean declined = history.random().nextInt(5) == 0;
                UUID child = new UUID(history.random().nextLong(), history.random().nextLong());
                UUID episode = new UUID(history.random().nextLong(), history.random().nextLong());
                jdbc.sql("""
                        INSERT INTO signal (id, kind, agency_id, source_id, subject_id, occurred_at, ended_at, summary,
                                            received_via, recorded_at, recorded_by)
                        VALUES (:id, 'MISSING_EPISODE', :agency, :source, :child, :from, :returned,
                                'Missing from home overnight; returned by police (case history)', 'DEMO', :returned, 'demo')""")
                        .param("id", episode).param("agency", police.get())
                        .param("source", "NSP-MISS-HIST-" + month + "-" + (++reference)).param("child", child)
                        .param("from", Timestamp.from(missingFrom)).param("returned", Timestamp.from(returned))
                        .update();
                jdbc.sql("""
                        INSERT INTO return_home_interview (id, episode_id, subject_id, returned_at, due_at, owner_agency_id,
                                                           status, offered_at, done_at, declined_at, recorded_by, note)
                        VALUES (:id, :episode, :child, :returned, :due, :owner, :status, :offered, :done, :declined, 'demo',
                                'Case history')""")
                        .param("id", new UUID(history.random().nextLong(), history.random().nextLong()))
                        .param("episode", episode).param("child", child).param("returned", Timestamp.from(returned))
                        .param("due", Timestamp.from(due)).param("owner", socialCare.get())
                        .param("status", declined ? "DECLINED" : "DONE").param("offered", Timestamp.from(offered))
                        .param("done", declined ? null : Timestamp.from(answered))
                        .param("declined", declined ? Timestamp.from(answered) : null)
                        .update();
            }
        }
    }

    private Optional<UUID> agency(String kind) {
        return jdbc.sql("SELECT id FROM agency WHERE kind = :kind ORDER BY code LIMIT 1").param("kind", kind)
                .query(UUID.class).optional();
    }
}
