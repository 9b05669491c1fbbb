package org.interstice.handoff.demo;

import org.interstice.calendar.WorkingDays;
import org.interstice.demo.DemoStep;
import org.interstice.demo.History;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * Step 450: two years of completed hand-offs between Northbridge agencies, so that the learning module's chart of
 * hand-offs acknowledged in time has history. The targets are a stable process (common-cause variation only):
 * a chart that should not be reacted to is part of the demo too.
 */
@Component
class HandoffHistory implements DemoStep {

    /** Per cent acknowledged by the deadline, by the month the acknowledgement was due. */
    static final double[] ACKNOWLEDGED_IN_TIME = {86, 84, 88, 85, 87, 83, 86, 88, 84, 86, 85, 87, 84, 86, 88, 85, 83, 87,
            86, 84, 86, 85, 87, 86};

    private final JdbcClient jdbc;
    private final WorkingDays workingDays;

    HandoffHistory(JdbcClient jdbc, WorkingDays workingDays) {
        this.jdbc = jdbc;
        this.workingDays = workingDays;
    }

    @Override
    public int order() {
        return History.ORDER;
    }

    @Override
    public void seed() {
        History history = new History(15_400L, workingDays);
        List<UUID> agencies = jdbc.sql("SELECT id FROM agency ORDER BY code").query(UUID.class).list();
        if (agencies.size() < 2) {
            return;
        }
        Instant now = history.startOf(history.today());
        for (int index = 0; index < History.MONTHS; index++) {
            YearMonth month = history.month(index);
            List<Boolean> flags = history.shuffled(history.between(28, 36), ACKNOWLEDGED_IN_TIME[index]);
            for (boolean inTime : flags) {
                LocalDate sentOn = history.workingDayIn(month);
                Instant sent = history.officeHours(sentOn);
                LocalDate dueOn = workingDays.addWorkingDays(sentOn, 1);
                Instant ackDue = dueOn.atTime(LocalTime.of(17, 0)).atZone(workingDays.zone()).toInstant();
                Instant acknowledged = inTime
                        ? sent.plus(Duration.ofMinutes(history.between(20, (int) Duration.between(sent, ackDue).toMinutes())))
                        : ackDue.plus(Duration.ofHours(history.between(2, 72)));
                Instant closed = acknowledged.plus(Duration.ofDays(history.between(2, 10)));
                if (closed.isAfter(now)) {
                    closed = acknowledged.isAfter(now) ? acknowledged : now;
                }
                if (acknowledged.isAfter(now)) {
                    continue;
                }
                int from = history.random().nextInt(agencies.size());
                int to = (from + 1 + history.random().nextInt(agencies.size() - 1)) % agencies.size();
                jdbc.sql("""
                        INSERT INTO handoff (id, kind, urgency, from_agency_id, to_agency_id, summary, state, sent_at,
                                acknowledgement_due_at, completion_due_at, acknowledged_at, accepted_at, closed_at, closing_note)
                        VALUES (:id, :kind, 'AMBER', :from, :to, 'Request about a child known to both agencies (case history)',
                                'COMPLETED', :sent, :ackDue, :completeDue, :ack, :ack, :closed, 'Done (case history)')""")
                        .param("id", new UUID(history.random().nextLong(), history.random().nextLong()))
                        .param("kind", history.random().nextBoolean() ? "REQUEST_FOR_INFORMATION" : "ACTION")
                        .param("from", agencies.get(from)).param("to", agencies.get(to))
                        .param("sent", Timestamp.from(sent)).param("ackDue", Timestamp.from(ackDue))
                        .param("completeDue", Timestamp.from(ackDue.plus(Duration.ofDays(14))))
                        .param("ack", Timestamp.from(acknowledged)).param("closed", Timestamp.from(closed))
                        .update();
            }
        }
    }
}
