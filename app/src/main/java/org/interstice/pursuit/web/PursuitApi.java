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
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open "named but not pursued" alarms for partnership systems, a page at a time ({@code offset}, {@code limit}). The
 * suspect's display name and known names are given only when the caller may see a report naming him.
 */
@RestController
class PursuitApi {

    static final int DEFAULT_LIMIT = 100, MAX_LIMIT = 500;

    private final Alarms alarms;
    private final Users users;
    private final Audit audit;
    private final SuspectEvidence evidence;

    PursuitApi(Alarms alarms, Users users, Audit audit, SuspectEvidence evidence) {
        this.alarms = alarms;
        this.users = users;
        this.audit = audit;
        this.evidence = evidence;
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
        return ResponseEntity.ok(Map.of("total", alarms.openCount(), "offset", from, "limit", size, "count", out.size(), "alarms", out));
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
