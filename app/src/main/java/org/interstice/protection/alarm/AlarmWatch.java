package org.interstice.protection.alarm;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.interstice.protection.ExploitationIndicatorKnown;
import org.interstice.protection.ExploitationIndicatorSource;
import org.interstice.protection.ProtectionAlarmRaised;
import org.interstice.protection.child.ChildDirectory;
import org.interstice.protection.child.ProtectionChildren;
import org.interstice.protection.child.ProtectionChildren.ChildState;
import org.interstice.protection.config.ProtectionSettings;
import org.interstice.protection.timeline.Clocks;
import org.interstice.protection.triage.MashTeam;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps a child's "known but not protected" alarm current. Every change to a child's protection records calls
 * {@link #reevaluate(UUID)} in the same transaction; {@link AlarmSweep} calls it for time-driven changes (a clock
 * falling overdue, a rise ageing out of its window, a child not seen for too long). The child's row is locked first,
 * so that two evaluations of one child never race.
 */
@Component("protectionAlarmWatch")
public class AlarmWatch {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final TypeReference<List<AlarmReason>> REASONS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ProtectionChildren children;
    private final ChildDirectory directory;
    private final Clocks clocks;
    private final ProtectionSettings settings;
    private final ApplicationEventPublisher events;
    private final MashTeam mashTeam;
    private final List<ExploitationIndicatorSource> indicatorSources;
    private final SignalReasons signalReasons;

    AlarmWatch(JdbcClient jdbc, Clock clock, ProtectionChildren children, ChildDirectory directory, Clocks clocks,
               ProtectionSettings settings, ApplicationEventPublisher events, MashTeam mashTeam,
               List<ExploitationIndicatorSource> indicatorSources, SignalReasons signalReasons) {
        this.mashTeam = mashTeam;
        this.indicatorSources = indicatorSources;
        this.signalReasons = signalReasons;
        this.jdbc = jdbc;
        this.clock = clock;
        this.children = children;
        this.directory = directory;
        this.clocks = clocks;
        this.settings = settings;
        this.events = events;
    }

    private record OpenAlarm(UUID id) {
    }

    private record LastAlarm(UUID id, String endedHow, String reasonCodes, Integer riskRank) {
    }

    /** Re-applies the rules to one child: raises, updates or clears its alarm. Returns the assessment. */
    @Transactional
    public Optional<AlarmAssessment> reevaluate(UUID subjectId) {
        Optional<ChildState> locked = children.lock(subjectId);
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        ChildState child = locked.get();
        directory.refresh(subjectId);
        LocalDate today = LocalDate.now(clock);
        OffsetDateTime now = OffsetDateTime.now(clock);
        AlarmAssessment assessment = signalReasons.extend(settings.alarmRules().assess(facts(child, today), today), child);
        Optional<OpenAlarm> open = jdbc.sql("SELECT id FROM protection_alarm WHERE subject_id = :id AND ended_at IS NULL")
                .param("id", subjectId).query(OpenAlarm.class).optional();
        if (assessment.applies()) {
            if (open.isPresent()) {
                update(open.get().id(), child, assessment, now);
            } else if (!decisionHolds(subjectId, assessment, rankOrZero(child.riskRank()))) {
                raise(child, assessment, now);
            }
        } else {
            open.ifPresent(alarm -> jdbc.sql("""
                    UPDATE protection_alarm SET ended_at = :now, ended_how = 'CONDITION_CLEARED', evaluated_at = :now,
                           end_reason = 'The condition no longer holds', version = version + 1
                    WHERE id = :id""").param("now", now).param("id", alarm.id()).update());
        }
        return Optional.of(assessment);
    }

    ChildFacts facts(ChildState child, LocalDate today) {
        boolean activePlan = jdbc.sql("SELECT count(*) FROM protection_plan WHERE subject_id = :id AND ended_on IS NULL")
                .param("id", child.subjectId()).query(Long.class).single() > 0;
        boolean lead = jdbc.sql("SELECT count(*) FROM lead_professional WHERE subject_id = :id AND to_on IS NULL")
                .param("id", child.subjectId()).query(Long.class).single() > 0;
        List<ExploitationIndicatorKnown> known = indicatorSources.stream()
                .flatMap(source -> source.known(child.subjectId()).stream()).toList();
        return new ChildFacts(child.riskRank(), child.riskLevelCount() == null ? 0 : child.riskLevelCount(),
                child.riskLabel(), child.riskRoseOn(), activePlan, lead, child.lastSeenOn(),
                clocks.overdueForChild(child.subjectId(), today), child.riskAssessedOn(), known);
    }

    private boolean decisionHolds(UUID subjectId, AlarmAssessment assessment, int riskRank) {
        return jdbc.sql("""
                        SELECT id, ended_how, array_to_string(reason_codes, ',') AS reason_codes, risk_rank
                        FROM protection_alarm WHERE subject_id = :id ORDER BY raised_at DESC LIMIT 1""")
                .param("id", subjectId).query(LastAlarm.class).optional()
                .filter(last -> "DECISION".equals(last.endedHow()))
                .map(last -> new DecisionHold(new HashSet<>(Arrays.asList(last.reasonCodes().split(","))),
                        rankOrZero(last.riskRank())))
                .map(hold -> hold.stillHolds(assessment, riskRank))
                .orElse(false);
    }

    private void raise(ChildState child, AlarmAssessment assessment, OffsetDateTime now) {
        UUID id = UUID.randomUUID();
        int agencies = directory.agenciesAware(child.subjectId());
        jdbc.sql("""
                INSERT INTO protection_alarm (id, subject_id, raised_at, reasons, reason_codes, risk_rank, risk_from_top,
                                              risk_label, owner_team_id, agencies_aware, evaluated_at)
                VALUES (:id, :subject, :now, CAST(:reasons AS jsonb), string_to_array(:codes, ','), :rank, :fromTop,
                        :label, :team, :agencies, :now)""")
                .param("id", id).param("subject", child.subjectId()).param("now", now)
                .param("reasons", JSON.writeValueAsString(assessment.reasons()))
                .param("codes", String.join(",", assessment.keys())).param("rank", child.riskRank())
                .param("fromTop", fromTop(child)).param("label", child.riskLabel()).param("team", owner(child))
                .param("agencies", agencies).update();
        events.publishEvent(new ProtectionAlarmRaised(id, child.subjectId(), owner(child),
                List.copyOf(assessment.keys())));
    }

    /** The responsible team; a child not yet allocated belongs to the MASH, the front door, so no alarm is unowned. */
    private UUID owner(ChildState child) {
        return child.responsibleTeamId() != null ? child.responsibleTeamId() : mashTeam.id().orElse(null);
    }

    private static int rankOrZero(Integer rank) {
        return rank == null ? 0 : rank;
    }

    /** 0 at the top level; a child not yet screened sorts with the highest risks (ADR 0041). */
    private static int fromTop(ChildState child) {
        if (child.riskRank() == null) {
            return 0;
        }
        int levels = child.riskLevelCount() == null ? child.riskRank() : child.riskLevelCount();
        return Math.max(0, levels - child.riskRank());
    }

    private void update(UUID alarmId, ChildState child, AlarmAssessment assessment, OffsetDateTime now) {
        jdbc.sql("""
                UPDATE protection_alarm SET reasons = CAST(:reasons AS jsonb), reason_codes = string_to_array(:codes, ','),
                       risk_rank = :rank, risk_from_top = :fromTop, risk_label = :label, owner_team_id = :team,
                       agencies_aware = :agencies,
                       evaluated_at = :now
                WHERE id = :id""")
                .param("reasons", JSON.writeValueAsString(assessment.reasons()))
                .param("codes", String.join(",", assessment.keys())).param("rank", child.riskRank())
                .param("fromTop", fromTop(child)).param("label", child.riskLabel()).param("team", owner(child))
                .param("agencies", directory.agenciesAware(child.subjectId())).param("now", now)
                .param("id", alarmId).update();
    }
}
