package org.interstice.protection.timeline;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.interstice.protection.alarm.AlarmWatch;
import org.interstice.protection.child.ProtectionChildren;
import org.interstice.protection.common.Refusal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a child's clocks when a statutory event happens. The ICPC clock always counts from the last strategy
 * discussion at which section 47 enquiries were started: a later discussion replaces the earlier clock. A section 47
 * outcome "ICPC not required" closes the ICPC clock with that reason instead of leaving it to fall overdue.
 */
@Component("protectionTimeline")
public class Timeline {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Audit audit;
    private final ProtectionChildren children;
    private final Clocks clocks;
    private final CurrentDeadlines deadlines;
    private final AlarmWatch alarms;

    Timeline(JdbcClient jdbc, Clock clock, Audit audit, ProtectionChildren children, Clocks clocks,
             CurrentDeadlines deadlines, AlarmWatch alarms) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.children = children;
        this.clocks = clocks;
        this.deadlines = deadlines;
        this.alarms = alarms;
    }

    /** How an ICPC clock closed by the section 47 outcome reads (CIN census "ICPC not required"). */
    static final String ICPC_NOT_REQUIRED = "Not required: section 47 enquiries concluded that no initial conference was needed";

    /** A factor identified at assessment, with its CIN census label. */
    public record Factor(LocalDate completedOn, String code, String label) {
    }

    @Transactional
    public void record(UUID subjectId, TimelineEvent event, LocalDate on, Viewer viewer) {
        record(subjectId, event, on, List.of(), viewer);
    }

    /**
     * Records an event; for a completed assessment, also the CIN census factors identified at its end (each must be
     * a known ASSESSMENT_FACTOR code).
     */
    @Transactional
    public void record(UUID subjectId, TimelineEvent event, LocalDate on, List<String> factors, Viewer viewer) {
        var child = children.state(subjectId).orElseThrow(() -> new Refusal(null, "There is no such child"));
        if (event == null) {
            throw new Refusal("event", "Choose what happened");
        }
        if (on == null || on.isAfter(LocalDate.now(clock))) {
            throw new Refusal("on", "Date must be today or in the past");
        }
        UUID team = child.responsibleTeamId() != null ? child.responsibleTeamId() : viewer.teamId();
        Deadlines due = deadlines.get();
        switch (event) {
            case STRATEGY_DISCUSSION_HELD -> clocks.complete(subjectId, ClockKind.STRATEGY_DISCUSSION, on);
            case SECTION_47_STARTED -> {
                clocks.complete(subjectId, ClockKind.STRATEGY_DISCUSSION, on);
                clocks.cancel(subjectId, ClockKind.ICPC, on);
                clocks.start(subjectId, due.icpc(on), team, null, null);
            }
            case ASSESSMENT_COMPLETED -> {
                requireOpen(clocks.complete(subjectId, ClockKind.ASSESSMENT, on), "There is no assessment in progress");
                recordFactors(subjectId, on, factors, viewer);
            }
            case ICPC_NOT_REQUIRED -> requireOpen(clocks.cancel(subjectId, ClockKind.ICPC, on, ICPC_NOT_REQUIRED),
                    "No initial conference is due: record the strategy discussion that started section 47 enquiries first");
            case ICPC_HELD -> requireOpen(clocks.complete(subjectId, ClockKind.ICPC, on),
                    "No initial conference is due: record the strategy discussion that started section 47 enquiries first");
            case CORE_GROUP_HELD -> requireOpen(clocks.complete(subjectId, ClockKind.CORE_GROUP, on),
                    "No core group meeting is due: it falls due when an initial conference makes a child protection plan");
            case REVIEW_HELD -> {
                int met = clocks.complete(subjectId, ClockKind.FIRST_REVIEW, on)
                        + clocks.complete(subjectId, ClockKind.LATER_REVIEW, on);
                requireOpen(met, "No review conference is due");
                if (hasActiveProtectionPlan(subjectId)) {
                    clocks.start(subjectId, due.laterReview(on), team, null, null);
                }
            }
        }
        audit.change(viewer, "protection.timeline." + event.name().toLowerCase().replace('_', '-'), "protection-child", subjectId);
        alarms.reevaluate(subjectId);
    }

    private void recordFactors(UUID subjectId, LocalDate on, List<String> factors, Viewer viewer) {
        for (String code : factors.stream().distinct().toList()) {
            boolean known = jdbc.sql("SELECT count(*) FROM census_code WHERE code_list = 'ASSESSMENT_FACTOR' AND code = :code")
                    .param("code", code).query(Long.class).single() > 0;
            if (!known) {
                throw new Refusal("factors", "Unknown factor code " + code);
            }
            jdbc.sql("""
                    INSERT INTO assessment_factor_identified (subject_id, completed_on, factor_code, recorded_by, recorded_at)
                    VALUES (:subject, :on, :code, :by, :now) ON CONFLICT DO NOTHING""")
                    .param("subject", subjectId).param("on", on).param("code", code).param("by", viewer.displayName())
                    .param("now", OffsetDateTime.now(clock)).update();
        }
    }

    /** Factors identified at the child's assessments, newest assessment first. */
    public List<Factor> factors(UUID subjectId) {
        return jdbc.sql("""
                SELECT f.completed_on, f.factor_code AS code, c.label
                FROM assessment_factor_identified f
                JOIN census_code c ON c.code_list = 'ASSESSMENT_FACTOR' AND c.code = f.factor_code
                WHERE f.subject_id = :id ORDER BY f.completed_on DESC, c.sort_order""")
                .param("id", subjectId).query(Factor.class).list();
    }

    private static void requireOpen(int completed, String message) {
        if (completed == 0) {
            throw new Refusal("event", message);
        }
    }

    private boolean hasActiveProtectionPlan(UUID subjectId) {
        return jdbc.sql("SELECT count(*) FROM protection_plan WHERE subject_id = :id AND plan_type = 'CHILD_PROTECTION' AND ended_on IS NULL")
                .param("id", subjectId).query(Long.class).single() > 0;
    }
}
