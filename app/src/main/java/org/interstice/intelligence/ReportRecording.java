package org.interstice.intelligence;

import org.interstice.intelligence.internal.*;
import org.interstice.intelligence.internal.resolution.PersonResolution;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.interstice.agency.Role;
import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.interstice.intelligence.IntelligenceRecorded;
import org.interstice.intelligence.MentionRole;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records an intelligence report: validates everything first (nothing is half-written), then stores the report,
 * its handling conditions, what it names and the links it asserts, audits it and publishes {@link IntelligenceRecorded}.
 */
@Component
public class ReportRecording {

    private final JdbcClient jdbc;
    private final PoleEntities entities;
    private final PersonResolution personResolution;
    private final org.interstice.intelligence.internal.resolution.PersonJoins joins;
    private final Audit audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportRecording(JdbcClient jdbc, PoleEntities entities, PersonResolution personResolution,
                    org.interstice.intelligence.internal.resolution.PersonJoins joins, Audit audit,
                    ApplicationEventPublisher events, Clock clock) {
        this.joins = joins;
        this.jdbc = jdbc;
        this.entities = entities;
        this.personResolution = personResolution;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The stored report, or the field at fault and why it was refused. */
    public record Outcome(UUID reportId, String reference, List<UUID> suspectPersonIds, List<UUID> mentionedEntityIds,
                          List<PersonResolution.Resolved> persons, String field, String reason) {
        static Outcome refused(String field, String reason) { return new Outcome(null, null, List.of(), List.of(), List.of(), field, reason); }
        public boolean recorded() { return reportId != null; }
    }

    @Transactional
    public Outcome record(Viewer viewer, NewReport r) {
        Optional<Outcome> refusal = refusal(viewer, r);
        if (refusal.isPresent()) {
            audit.record(viewer, "RECORD_INTELLIGENCE", "intelligence_report", "new", "REFUSED: " + refusal.get().reason());
            return refusal.get();
        }
        Grade grade = Grade.parse(r.gradingSystem(), r.sourceGrade(), r.informationGrade(), r.handlingCode()).grade();
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        long number = jdbc.sql("select nextval('intelligence_report_number')").query(Long.class).single();
        String reference = "IR-" + r.reportedOn().getYear() + "-" + String.format("%06d", number);
        jdbc.sql("""
                        insert into intelligence_report (id, reference, reported_on, recorded_at, reporting_agency_id, recorded_by,
                            source_type, source_subject_id, source_description, body, sanitised_summary, grading_system,
                            source_grade, information_grade, handling_code, handling_conditions)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, reference, r.reportedOn(), Timestamp.from(now), viewer.agencyId(), viewer.userId(),
                        r.sourceType().name(), r.sourceSubjectId(), blankToNull(r.sourceDescription()), r.body().trim(),
                        blankToNull(r.sanitisedSummary()), grade.system(), grade.sourceCode(), grade.informationCode(),
                        grade.handlingCode(), blankToNull(r.handlingConditions()))
                .update();
        for (UUID agency : r.releaseAgencies())
            jdbc.sql("insert into intelligence_release_agency (report_id, agency_id) values (?, ?)").params(id, agency).update();
        for (Role role : r.releaseRoles())
            jdbc.sql("insert into intelligence_release_role (report_id, role) values (?, ?)").params(id, role.name()).update();

        Map<EntityRef, UUID> resolved = new HashMap<>();
        List<PersonResolution.Resolved> persons = resolveAll(viewer, r, id, now, resolved);
        Set<UUID> suspects = new LinkedHashSet<>();
        List<UUID> mentioned = new ArrayList<>();
        for (NewReport.Mention m : r.mentions()) {
            UUID entity = resolved.get(m.entity());
            mentioned.add(entity);
            jdbc.sql("insert into intelligence_mention (report_id, entity_id, role) values (?, ?, ?) on conflict do nothing")
                    .params(id, entity, m.role().name()).update();
            if (m.role() == MentionRole.SUSPECT) suspects.add(entity);
        }
        for (NewReport.LinkSpec l : r.links()) {
            UUID from = resolved.get(l.from());
            UUID to = resolved.get(l.to());
            if (from.equals(to)) continue;
            jdbc.sql("""
                            insert into pole_link (id, from_entity_id, to_entity_id, relation, report_id, asserted_on, recorded_at)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), from, to, l.relation().trim().toUpperCase().replace(' ', '_'), id,
                            r.reportedOn(), Timestamp.from(now))
                    .update();
        }
        audit.change(viewer, "RECORD_INTELLIGENCE", "intelligence_report", id);
        events.publishEvent(new IntelligenceRecorded(id, r.reportedOn(), viewer.agencyId(), new ArrayList<>(suspects)));
        if (namesKnownChildAtRisk(r, resolved))
            events.publishEvent(new ChildrenNamedAtRisk(id));
        return new Outcome(id, reference, List.copyOf(suspects), mentioned, persons, null, null);
    }

    /**
     * Objects, places and existing entities first; then each person the report names by name or subject, resolved
     * against the persons already known with the objects this report ties to them (ADR 0065).
     */
    private List<PersonResolution.Resolved> resolveAll(Viewer viewer, NewReport r, UUID reportId, Instant now, Map<EntityRef, UUID> resolved) {
        List<EntityRef> refs = new ArrayList<>();
        r.mentions().forEach(m -> refs.add(m.entity()));
        r.links().forEach(l -> { refs.add(l.from()); refs.add(l.to()); });
        for (EntityRef ref : refs) {
            if (isNamedPerson(ref) || resolved.containsKey(ref)) continue;
            UUID entity = entities.resolve(ref, now);
            resolved.put(ref, entity);
            if (ref.entityId() != null) personResolution.recordExisting(entity, reportId, r.reportedOn(), now);
        }
        Map<UUID, PersonResolution.Tie> things = ties(resolved.values());
        Set<UUID> inReport = new LinkedHashSet<>();
        List<PersonResolution.Resolved> persons = new ArrayList<>();
        for (EntityRef ref : refs) {
            if (!isNamedPerson(ref) || resolved.containsKey(ref)) continue;
            List<PersonResolution.Tie> ties = new ArrayList<>();
            for (NewReport.LinkSpec l : r.links()) {
                EntityRef other = ref.equals(l.from()) ? l.to() : ref.equals(l.to()) ? l.from() : null;
                PersonResolution.Tie tie = other == null ? null : things.get(resolved.get(other));
                if (tie != null && !ties.contains(tie)) ties.add(tie);
            }
            PersonResolution.Resolved p = personResolution.resolve(viewer, ref, ties, reportId, r.reportedOn(), inReport, now);
            resolved.put(ref, p.personId());
            inReport.add(p.personId());
            persons.add(p);
        }
        // a later mention may have joined persons resolved earlier in this report: every reference follows
        if (persons.size() > 1 || persons.stream().anyMatch(p -> p.decision() == PersonResolution.Decision.JOINED))
            resolved.replaceAll((ref, entity) -> ref.type() == EntityType.PERSON || ref.entityId() != null ? joins.current(entity) : entity);
        return persons;
    }

    private static boolean isNamedPerson(EntityRef ref) {
        return ref.entityId() == null && ref.type() == EntityType.PERSON;
    }

    /** The objects and places among the resolved entities, as ties a person may share. */
    private Map<UUID, PersonResolution.Tie> ties(java.util.Collection<UUID> ids) {
        Map<UUID, PersonResolution.Tie> out = new HashMap<>();
        if (ids.isEmpty()) return out;
        jdbc.sql("select id, entity_type, label, premises_kind from pole_entity where id = any(cast(? as uuid[])) and kind in ('OBJECT', 'LOCATION')")
                .param(PersonResolution.array(new java.util.LinkedHashSet<>(ids)))
                .query(rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    out.put(id, new PersonResolution.Tie(id, EntityType.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4)));
                });
        return out;
    }

    private Optional<Outcome> refusal(Viewer viewer, NewReport r) {
        if (viewer.agencyId() == null) return Optional.of(Outcome.refused("agency", "Reports are recorded on behalf of an agency"));
        LocalDate today = LocalDate.now(clock);
        if (r.reportedOn() == null) return Optional.of(Outcome.refused("reportedOn", "Enter the date of the report"));
        if (r.reportedOn().isAfter(today)) return Optional.of(Outcome.refused("reportedOn", "The date of the report must be today or in the past"));
        if (r.sourceType() == null) return Optional.of(Outcome.refused("sourceType", "Choose who the information came from"));
        if (r.body() == null || r.body().isBlank()) return Optional.of(Outcome.refused("body", "Enter what was reported"));
        Grade.Result grade = Grade.parse(r.gradingSystem(), r.sourceGrade(), r.informationGrade(), r.handlingCode());
        if (grade.value().isEmpty()) return Optional.of(Outcome.refused(grade.field(), grade.reason()));
        boolean conditional = grade.grade() instanceof Grade.Current c && c.handling() == 'C';
        if (conditional && (r.handlingConditions() == null || r.handlingConditions().isBlank()))
            return Optional.of(Outcome.refused("handlingConditions", "Handling code C needs its conditions: say who may see it and why"));
        if (!conditional && (!r.releaseAgencies().isEmpty() || !r.releaseRoles().isEmpty()))
            return Optional.of(Outcome.refused("handlingConditions", "Agencies and roles to release to apply only to handling code C"));
        for (NewReport.Mention m : r.mentions()) {
            if (m.role() == null) return Optional.of(Outcome.refused("mentions", "Choose the role of each person named"));
            Optional<String> p = entities.problem(m.entity());
            if (p.isPresent()) return Optional.of(Outcome.refused("mentions", p.get()));
        }
        for (NewReport.LinkSpec l : r.links()) {
            if (l.relation() == null || l.relation().isBlank()) return Optional.of(Outcome.refused("links", "Say how the two are linked"));
            Optional<String> p = entities.problem(l.from()).or(() -> entities.problem(l.to()));
            if (p.isPresent()) return Optional.of(Outcome.refused("links", p.get()));
        }
        return Optional.empty();
    }

    /** Whether the report names as at risk a child that identity knows (the children signals acts on). */
    private boolean namesKnownChildAtRisk(NewReport r, Map<EntityRef, UUID> resolved) {
        List<UUID> children = r.mentions().stream().filter(m -> m.role() == MentionRole.CHILD_AT_RISK)
                .map(m -> resolved.get(m.entity())).distinct().toList();
        if (children.isEmpty()) return false;
        return jdbc.sql("select exists (select 1 from pole_entity where id = any(cast(? as uuid[])) and subject_id is not null)")
                .param(PersonResolution.array(children)).query(Boolean.class).single();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
