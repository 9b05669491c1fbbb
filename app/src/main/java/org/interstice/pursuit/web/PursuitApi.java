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
import org.interstice.pursuit.internal.Alarms;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Open "named but not pursued" alarms for partnership systems. */
@RestController
class PursuitApi {

    private final Alarms alarms;
    private final Users users;
    private final Audit audit;

    PursuitApi(Alarms alarms, Users users, Audit audit) {
        this.alarms = alarms;
        this.users = users;
        this.audit = audit;
    }

    record Owner(UUID id, String name) {
    }

    record AlarmJson(UUID alarmId, UUID suspectId, UUID suspectSubjectId, int independentReportCount, int linkedChildCount,
                     List<UUID> linkedChildren, Instant raisedAt, LocalDate dueOn, long ageDays, boolean escalated,
                     LocalDate escalatesOn, Owner owner, List<String> reasons) {
    }

    @GetMapping("/api/v1/pursuit/alarms")
    @PreAuthorize("hasRole('API') and hasAuthority('SCOPE_partnership')")
    @Transactional
    Map<String, Object> alarms(Viewer viewer) {
        audit.read(viewer, "pursuit_alarm_list", "api");
        Map<UUID, String> names = users.all().stream().collect(Collectors.toMap(UserSummary::id, UserSummary::displayName, (a, b) -> a));
        List<AlarmJson> out = alarms.open().stream().map(a -> new AlarmJson(a.alarmId(), a.suspectId(), a.subjectId(),
                a.independentReports(), a.linkedChildren().size(), a.linkedChildren(), a.raisedAt(), a.dueOn(), a.ageDays(),
                a.escalated(), a.escalatesOn(), a.ownerUserId() == null ? null : new Owner(a.ownerUserId(), names.get(a.ownerUserId())),
                a.reasons())).toList();
        return Map.of("count", out.size(), "alarms", out);
    }
}
