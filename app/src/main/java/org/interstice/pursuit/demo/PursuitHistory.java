package org.interstice.pursuit.demo;

import org.interstice.calendar.WorkingDays;
import org.interstice.demo.DemoStep;
import org.interstice.demo.History;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/**
 * Step 450: two years of suspects named in the past and what was done about them, month by month, so that the
 * learning module's chart of suspects pursued within 28 days shows real variation and, near the end, two months of
 * unusually prompt pursuit (two of three points near the upper limit). Their 28 days ended in the month of the
 * window; no intelligence names them, so they raise no alarm today.
 */
@Component
class PursuitHistory implements DemoStep {

    /** Per cent of named suspects pursued or disrupted within 28 days, by the month their 28 days ended. */
    static final double[] PURSUED_IN_28_DAYS = {60, 55, 65, 60, 50, 60, 55, 65, 60, 55, 60, 65, 55, 60, 50, 60, 65, 55,
            60, 85, 65, 85, 60, 55};
    private static final String[] DISRUPTION = {"CAWN", "SRO", "LICENSING_REFERRAL"};

    private final JdbcClient jdbc;
    private final WorkingDays workingDays;

    PursuitHistory(JdbcClient jdbc, WorkingDays workingDays) {
        this.jdbc = jdbc;
        this.workingDays = workingDays;
    }

    @Override
    public int order() {
        return History.ORDER;
    }

    @Override
    public void seed() {
        History history = new History(15_300L, workingDays);
        for (int index = 0; index < History.MONTHS; index++) {
            YearMonth month = history.month(index);
            for (boolean pursued : history.shuffled(20, PURSUED_IN_28_DAYS[index])) {
                LocalDate deadline = month.atDay(history.between(1, month.lengthOfMonth()));
                LocalDate named = deadline.minusDays(28);
                int after = pursued ? history.between(2, 27) : history.between(35, 120);
                LocalDate acted = named.plusDays(after);
                boolean acts = pursued || (acted.isBefore(history.today()) && history.random().nextBoolean());
                boolean disruption = history.random().nextInt(10) < 4;
                UUID id = new UUID(history.random().nextLong(), history.random().nextLong());
                String stage = acts && !disruption ? "INVESTIGATION" : "NAMED";
                jdbc.sql("""
                        INSERT INTO suspect (id, person_entity_id, display_name, stage, stage_entered_on, named_on, created_at)
                        VALUES (:id, :person, :name, :stage, :entered, :named, :created)""")
                        .param("id", id).param("person", new UUID(history.random().nextLong(), history.random().nextLong()))
                        .param("name", history.name()).param("stage", stage)
                        .param("entered", stage.equals("NAMED") ? named : acted).param("named", named)
                        .param("created", Timestamp.from(history.officeHours(named)))
                        .update();
                stage(id, "NAMED", named, history);
                if (acts && !disruption) {
                    stage(id, "INVESTIGATION", acted, history);
                } else if (acts) {
                    UUID action = new UUID(history.random().nextLong(), history.random().nextLong());
                    String type = DISRUPTION[history.random().nextInt(DISRUPTION.length)];
                    // a CAWN names the (synthetic) child it protects
                    boolean cawn = type.equals("CAWN");
                    jdbc.sql("""
                            INSERT INTO disruption_action (id, suspect_id, action_type, description, taken_on, expires_on, recorded_at,
                                                           child_subject_id, cawn_type)
                            VALUES (:id, :suspect, :type, 'Recorded in the case history', :taken, :expires, :at, :child, :cawnType)""")
                            .param("id", action)
                            .param("suspect", id).param("type", type)
                            .param("child", cawn ? UUID.nameUUIDFromBytes(("history child of " + action).getBytes()) : null)
                            .param("cawnType", cawn ? "UNDER_16" : null)
                            .param("taken", acted).param("expires", acted.plusYears(1))
                            .param("at", Timestamp.from(history.officeHours(acted)))
                            .update();
                }
            }
        }
    }

    private void stage(UUID suspect, String stage, LocalDate on, History history) {
        jdbc.sql("""
                INSERT INTO suspect_stage_history (id, suspect_id, stage, entered_on, note, recorded_at)
                VALUES (:id, :suspect, :stage, :on, 'Case history', :at)""")
                .param("id", new UUID(history.random().nextLong(), history.random().nextLong()))
                .param("suspect", suspect).param("stage", stage).param("on", on)
                .param("at", Timestamp.from(history.officeHours(on)))
                .update();
    }
}
