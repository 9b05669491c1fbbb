package org.interstice.pursuit.web;

import org.interstice.pursuit.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.interstice.agency.UserSummary;
import org.interstice.agency.Users;
import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.interstice.intelligence.SuspectEvidence;
import org.interstice.pursuit.internal.AlarmSweep;
import org.interstice.pursuit.internal.Alarms;
import org.interstice.pursuit.internal.Suspects;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open "named but not pursued" alarms for partnership systems, a page at a time ({@code offset}, {@code limit}), with
 * the suspect's display name and known names only when the caller may see a report naming him; and disruption actions
 * (with their breaches) and investigation actions recorded by agencies' systems. Refusals are RFC 9457 problem details
 * naming the fields.
 */
@RestController
class PursuitApi {

    static final int DEFAULT_LIMIT = 100, MAX_LIMIT = 500;

    private final Alarms alarms;
    private final Users users;
    private final Audit audit;
    private final SuspectPathway pathway;
    private final Suspects suspects;
    private final Clock clock;
    private final SuspectEvidence evidence;
    private final org.interstice.pursuit.internal.RegistrationQueue registrations;

    PursuitApi(Alarms alarms, Users users, Audit audit, SuspectPathway pathway, Suspects suspects, Clock clock,
               SuspectEvidence evidence, org.interstice.pursuit.internal.RegistrationQueue registrations) {
        this.registrations = registrations;
        this.clock = clock;
        this.evidence = evidence;
        this.alarms = alarms;
        this.users = users;
        this.audit = audit;
        this.pathway = pathway;
        this.suspects = suspects;
    }

    /** A disruption action as JSON; values are strings so that a bad one is refused by its field name. */
    record DisruptionRequest(String type, String description, String takenOn, String expiresOn, String childSubjectId,
                             String cawnType, String court, String conditions, String authority, String licence) {
    }

    record BreachRequest(String breachedOn, String note) {
    }

    record BreachJson(LocalDate breachedOn, String note) {
    }

    record DisruptionJson(UUID id, DisruptionType type, String label, LocalDate takenOn, LocalDate expiresOn, boolean inForce,
                          UUID childSubjectId, CawnType cawnType, String court, String conditions, String authority,
                          String licence, List<BreachJson> breaches) {
    }

    @GetMapping("/api/v1/pursuit/suspects/{id}/disruptions")
    @PreAuthorize("hasRole('API') and hasAuthority('SCOPE_partnership')")
    @Transactional
    ResponseEntity<?> disruptions(@PathVariable UUID id, Viewer viewer) {
        if (suspects.byId(id).isEmpty()) return noSuchSuspect();
        audit.read(viewer, "suspect_disruptions", id);
        LocalDate today = LocalDate.now(clock);
        return ResponseEntity.ok(Map.of("disruptions", suspects.disruptions(id).stream().map(d -> new DisruptionJson(d.id(), d.type(),
                d.label(), d.takenOn(), d.expiresOn(), d.breaches().isEmpty() && d.inForceOn(today), d.childSubjectId(), d.cawnType(),
                d.court(), d.conditions(), d.authority(), d.licence(),
                d.breaches().stream().map(b -> new BreachJson(b.on(), b.note())).toList())).toList()));
    }

    @PostMapping("/api/v1/pursuit/suspects/{id}/disruptions")
    @PreAuthorize("hasRole('API')")
    ResponseEntity<?> disrupt(@PathVariable UUID id, Viewer viewer, @RequestBody DisruptionRequest r) {
        if (suspects.byId(id).isEmpty()) return noSuchSuspect();
        Map<String, String> errors = new LinkedHashMap<>();
        NewDisruption d = new NewDisruption(value(DisruptionType.class, "type", r.type(), errors), r.description(),
                date("takenOn", r.takenOn(), errors), date("expiresOn", r.expiresOn(), errors), null,
                uuid("childSubjectId", r.childSubjectId(), errors), value(CawnType.class, "cawnType", r.cawnType(), errors),
                r.court(), r.conditions(), r.authority(), r.licence());
        if (!errors.isEmpty()) return problem("The disruption action was not recorded", errors);
        SuspectPathway.Result result = pathway.disrupt(viewer, id, d);
        if (!result.done()) return problem("The disruption action was not recorded", api(result.errors(), result.refusal()));
        return ResponseEntity.created(URI.create("/api/v1/pursuit/suspects/" + id + "/disruptions")).body(Map.of("id", result.id()));
    }

    @PostMapping("/api/v1/pursuit/suspects/{id}/disruptions/{disruptionId}/breaches")
    @PreAuthorize("hasRole('API')")
    ResponseEntity<?> breach(@PathVariable UUID id, @PathVariable UUID disruptionId, Viewer viewer, @RequestBody BreachRequest r) {
        if (suspects.byId(id).isEmpty()) return noSuchSuspect();
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate on = date("breachedOn", r.breachedOn(), errors);
        if (!errors.isEmpty()) return problem("The breach was not recorded", errors);
        SuspectPathway.Result result = pathway.recordBreach(viewer, id, disruptionId, on, r.note());
        if (!result.done()) return problem("The breach was not recorded", api(result.errors(), result.refusal()));
        return ResponseEntity.created(URI.create("/api/v1/pursuit/suspects/" + id + "/disruptions")).body(Map.of("id", result.id()));
    }

    record InvestigationActionRequest(String takenOn, String description) {
    }

    @PostMapping("/api/v1/pursuit/suspects/{id}/investigation-actions")
    @PreAuthorize("hasRole('API')")
    ResponseEntity<?> investigationAction(@PathVariable UUID id, Viewer viewer, @RequestBody InvestigationActionRequest r) {
        if (suspects.byId(id).isEmpty()) return noSuchSuspect();
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate on = date("takenOn", r.takenOn(), errors);
        if (!errors.isEmpty()) return problem("The investigation action was not recorded", errors);
        SuspectPathway.Result result = pathway.recordInvestigationAction(viewer, id, on, r.description());
        if (!result.done()) return problem("The investigation action was not recorded", api(result.errors(), result.refusal()));
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("suspectId", id));
    }

    private static ResponseEntity<ProblemDetail> noSuchSuspect() {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no suspect with this id");
        p.setTitle("No such suspect");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(p);
    }

    /** The page's field names, as the API names them. */
    private static Map<String, String> api(Map<String, String> errors, String refusal) {
        if (errors.isEmpty()) return Map.of("", refusal);
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, String> names = Map.of("child", "childSubjectId", "action", "description", "actionOn", "takenOn");
        errors.forEach((k, v) -> out.put(names.getOrDefault(k, k), v));
        return out;
    }

    private static ResponseEntity<ProblemDetail> problem(String title, Map<String, String> errors) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, String.join("; ", errors.values()));
        p.setTitle(title);
        p.setProperty("field", errors.keySet().iterator().next());
        p.setProperty("errors", errors);
        return ResponseEntity.unprocessableEntity().body(p);
    }

    private static <E extends Enum<E>> E value(Class<E> type, String field, String value, Map<String, String> errors) {
        if (value == null || value.isBlank()) return null;
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            errors.put(field, "Unknown value \"" + value + "\": use one of " + java.util.Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    private static LocalDate date(String field, String value, Map<String, String> errors) {
        if (value == null || value.isBlank()) return null;
        try {
            return LocalDate.parse(value.trim());
        } catch (RuntimeException e) {
            errors.put(field, "Enter the date as YYYY-MM-DD, not \"" + value + "\"");
            return null;
        }
    }

    private static UUID uuid(String field, String value, Map<String, String> errors) {
        if (value == null || value.isBlank()) return null;
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            errors.put(field, "Enter the identity subject id of the child, not \"" + value + "\"");
            return null;
        }
    }

    record Owner(UUID id, String name) {
    }

    record AlarmJson(UUID alarmId, UUID suspectId, UUID suspectSubjectId, String displayName, List<String> knownNames,
                     int independentReportCount, int linkedChildCount, List<UUID> linkedChildren, Instant raisedAt,
                     LocalDate dueOn, long ageDays, boolean escalated, LocalDate escalatesOn, Owner owner, List<String> reasons) {
    }

    @GetMapping("/api/v1/pursuit/alarms")
    @PreAuthorize("hasRole('API') and hasAuthority('SCOPE_partnership')")
    @Transactional
    ResponseEntity<?> alarms(Viewer viewer, @RequestParam(required = false) String offset, @RequestParam(required = false) String limit) {
        Integer from = number(offset, 0), size = number(limit, DEFAULT_LIMIT);
        if (from == null || from < 0) return problem("offset", "offset must be a whole number, 0 or more");
        if (size == null || size < 1 || size > MAX_LIMIT) return problem("limit", "limit must be a whole number from 1 to " + MAX_LIMIT);
        audit.read(viewer, "pursuit_alarm_list", "api");
        Map<UUID, String> names = users.all().stream().collect(Collectors.toMap(UserSummary::id, UserSummary::displayName, (a, b) -> a));
        List<Alarms.OpenAlarm> page = alarms.open(from, size);
        Map<UUID, UUID> persons = alarms.personIds(page.stream().map(Alarms.OpenAlarm::suspectId).toList());
        Map<UUID, List<String>> known = evidence.knownNames(viewer, persons.values());
        List<AlarmJson> out = page.stream().map(a -> {
            List<String> k = known.get(persons.get(a.suspectId()));
            boolean visible = k != null && !k.isEmpty();
            List<String> reasons = visible ? a.reasons() : a.reasons().stream().filter(r -> !r.startsWith(AlarmSweep.NAMES_USED)).toList();
            return new AlarmJson(a.alarmId(), a.suspectId(), a.subjectId(), visible ? a.suspectName() : null, visible ? k : List.of(),
                    a.independentReports(), a.linkedChildren().size(), a.linkedChildren(), a.raisedAt(), a.dueOn(), a.ageDays(),
                    a.escalated(), a.escalatesOn(), a.ownerUserId() == null ? null : new Owner(a.ownerUserId(), names.get(a.ownerUserId())),
                    reasons);
        }).toList();
        // named men not yet on the pathway (registration failed and is retried): the list may be missing their alarms
        long notYetRegistered = registrations.stuck().map(org.interstice.pursuit.internal.RegistrationQueue.Stuck::names).orElse(0L);
        return ResponseEntity.ok(Map.of("total", alarms.openCount(), "offset", from, "limit", size, "count", out.size(),
                "suspectsNotYetRegistered", notYetRegistered, "alarms", out));
    }

    private static Integer number(String raw, int otherwise) {
        if (raw == null || raw.isBlank()) return otherwise;
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static ResponseEntity<ProblemDetail> problem(String field, String reason) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, reason);
        p.setTitle("Invalid paging");
        p.setProperty("field", field);
        return ResponseEntity.badRequest().body(p);
    }
}
