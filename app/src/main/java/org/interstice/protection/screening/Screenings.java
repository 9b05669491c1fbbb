package org.interstice.protection.screening;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.interstice.protection.RiskAssessed;
import org.interstice.protection.alarm.AlarmWatch;
import org.interstice.protection.child.ProtectionChildren;
import org.interstice.protection.common.Refusal;
import org.interstice.protection.config.ScreeningConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Exploitation screenings: recorded with the findings that drove them, kept as each child's history. */
@Component("protectionScreenings")
public class Screenings {

    /** A screening as stored, with the trend from the one before. */
    public record Screening(UUID id, UUID subjectId, LocalDate screenedOn, String screenedBy, UUID agencyId,
                            boolean disclosure, int score, String levelLabel, int levelRank, int levelCount,
                            Integer previousRank, LocalDate rescreenDueOn, String notes, LevelBasis levelBasis,
                            String explanation, String judgementBy, String judgementReason) {

        public Trend trend() {
            return Trend.between(previousRank, levelRank);
        }

        /** A short note of what set the level other than the score, for lists ("" when the score did). */
        public String basisNote() {
            return switch (levelBasis) {
                case DISCLOSURE -> " (disclosure)";
                case SIGNIFICANT_INCIDENT -> " (significant incident)";
                case PROFESSIONAL_JUDGEMENT -> " (professional judgement)";
                case SCORE -> "";
            };
        }

        /** How the level was set; screenings stored before the explanation was kept get a short one. */
        public String howReached() {
            if (explanation != null) {
                return explanation;
            }
            return disclosure ? "A disclosure of exploitation sets the highest level, whatever the score."
                    : "The score of " + score + " points reaches this level of the partnership's scale.";
        }
    }

    /** A finding as stored: the indicator, its recency and the points it contributed. */
    public record StoredFinding(String indicatorCode, String label, Tier tier, boolean recent, boolean earlier,
                                int points) {

        public String recency() {
            if (tier == Tier.VULNERABILITY) {
                return "Present";
            }
            return recent && earlier ? "Recent and earlier" : recent ? "Recent" : "Earlier only";
        }
    }

    /** What a practitioner ticked for one indicator. */
    public record Tick(String indicatorCode, boolean recent, boolean earlier) {
    }

    private static final String SELECT = """
            SELECT id, subject_id, screened_on, screened_by, agency_id, disclosure, score, level_label, level_rank,
                   level_count, previous_rank, rescreen_due_on, notes, level_basis, explanation, judgement_by,
                   judgement_reason
            FROM exploitation_screening""";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Audit audit;
    private final ScreeningConfiguration configuration;
    private final ProtectionChildren children;
    private final AlarmWatch alarms;
    private final ApplicationEventPublisher events;

    Screenings(JdbcClient jdbc, Clock clock, Audit audit, ScreeningConfiguration configuration,
               ProtectionChildren children, AlarmWatch alarms, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.configuration = configuration;
        this.children = children;
        this.alarms = alarms;
        this.events = events;
    }

    /**
     * Scores and records a screening, updates the child's current risk (and when it last rose), publishes
     * {@link RiskAssessed} and re-evaluates the child's alarm, all in one transaction.
     */
    @Transactional
    public Screening record(UUID subjectId, List<Tick> ticks, boolean disclosure, LocalDate screenedOn, String notes,
                            Viewer viewer) {
        return record(subjectId, ticks, disclosure, screenedOn, notes, null, null, viewer);
    }

    /**
     * As {@link #record(UUID, List, boolean, LocalDate, String, Viewer)}, with an optional professional judgement
     * raising the level to {@code judgementRank} for {@code judgementReason}, recorded as the viewer's.
     */
    @Transactional
    public Screening record(UUID subjectId, List<Tick> ticks, boolean disclosure, LocalDate screenedOn, String notes,
                            Integer judgementRank, String judgementReason, Viewer viewer) {
        if (!children.exists(subjectId)) {
            throw new Refusal(null, "There is no such child");
        }
        LocalDate today = LocalDate.now(clock);
        if (screenedOn == null || screenedOn.isAfter(today)) {
            throw new Refusal("screenedOn", "Screening date must be today or in the past");
        }
        if (viewer.agencyId() == null) {
            throw new Refusal(null, "Only an agency can record a screening");
        }
        Map<String, Indicator> indicators = configuration.indicators().stream()
                .collect(Collectors.toMap(Indicator::code, i -> i));
        List<Finding> findings = ticks.stream().map(t -> {
            Indicator indicator = indicators.get(t.indicatorCode());
            if (indicator == null) {
                throw new Refusal(null, "Unknown or retired indicator " + t.indicatorCode());
            }
            return new Finding(indicator, t.recent(), t.earlier());
        }).filter(Finding::present).toList();
        ProfessionalJudgement judgement = null;
        if (judgementRank != null) {
            if (judgementReason == null || judgementReason.isBlank()) {
                throw new Refusal("judgementReason", "Give the reason for your professional judgement");
            }
            judgement = new ProfessionalJudgement(judgementRank, viewer.displayName(), judgementReason);
        }
        ExploitationScreening tool = configuration.tool();
        ScreeningResult result;
        try {
            result = tool.screen(findings, disclosure, judgement, screenedOn);
        } catch (ExploitationScreening.JudgementRefused refused) {
            throw new Refusal("judgementRank", refused.getMessage());
        }
        Optional<Screening> previous = latest(subjectId);
        Integer previousRank = previous.map(Screening::levelRank).orElse(null);
        boolean rose = previousRank != null && result.level().rank() > previousRank;

        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO exploitation_screening (id, subject_id, screened_on, recorded_at, screened_by, agency_id,
                    disclosure, score, vocabulary_code, level_rank, level_count, level_label, previous_rank,
                    rescreen_due_on, notes, level_basis, scored_rank, explanation, judgement_by, judgement_reason)
                VALUES (:id, :subject, :on, :now, :by, :agency, :disclosure, :score, :vocabulary, :rank, :count, :label,
                        :previous, :rescreen, :notes, :basis, :scored, :explanation, :judgementBy, :judgementReason)""")
                .param("id", id).param("subject", subjectId).param("on", screenedOn)
                .param("now", OffsetDateTime.now(clock)).param("by", viewer.displayName())
                .param("agency", viewer.agencyId()).param("disclosure", disclosure).param("score", result.score())
                .param("vocabulary", tool.vocabulary().code()).param("rank", result.level().rank())
                .param("count", result.levelCount()).param("label", result.level().label())
                .param("previous", previousRank).param("rescreen", result.rescreenDueOn())
                .param("notes", notes == null || notes.isBlank() ? null : notes.strip())
                .param("basis", result.basis().name()).param("scored", result.scoredLevel().rank())
                .param("explanation", result.explanation())
                .param("judgementBy", judgement == null ? null : judgement.by())
                .param("judgementReason", judgement == null ? null : judgement.reason()).update();
        for (Contribution c : result.contributions()) {
            jdbc.sql("""
                    INSERT INTO exploitation_screening_finding (screening_id, indicator_code, tier, recent, earlier, points)
                    VALUES (:id, :code, :tier, :recent, :earlier, :points)""")
                    .param("id", id).param("code", c.indicator().code()).param("tier", c.indicator().tier().name())
                    .param("recent", c.recent()).param("earlier", c.earlier()).param("points", c.points()).update();
        }
        boolean newest = previous.map(p -> !screenedOn.isBefore(p.screenedOn())).orElse(true);
        if (newest) {
            children.riskAssessed(subjectId, result.level().rank(), result.levelCount(), result.level().label(),
                    screenedOn, rose ? screenedOn : null, result.rescreenDueOn());
        }
        audit.change(viewer, "protection.screening.recorded", "exploitation-screening", id);
        events.publishEvent(new RiskAssessed(id, subjectId, screenedOn, result.level().rank(), result.levelCount(),
                result.level().label(), rose));
        alarms.reevaluate(subjectId);
        return byId(id).orElseThrow();
    }

    public Optional<Screening> byId(UUID id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(Screening.class).optional();
    }

    public Optional<Screening> latest(UUID subjectId) {
        return jdbc.sql(SELECT + " WHERE subject_id = :id ORDER BY screened_on DESC, recorded_at DESC LIMIT 1")
                .param("id", subjectId).query(Screening.class).optional();
    }

    /** The child's screenings, newest first. */
    public List<Screening> history(UUID subjectId) {
        return jdbc.sql(SELECT + " WHERE subject_id = :id ORDER BY screened_on DESC, recorded_at DESC")
                .param("id", subjectId).query(Screening.class).list();
    }

    public List<StoredFinding> findings(UUID screeningId) {
        return jdbc.sql("""
                SELECT f.indicator_code, i.label, f.tier, f.recent, f.earlier, f.points
                FROM exploitation_screening_finding f JOIN exploitation_indicator i ON i.code = f.indicator_code
                WHERE f.screening_id = :id ORDER BY f.points DESC, i.sort_order""")
                .param("id", screeningId).query(StoredFinding.class).list();
    }
}
