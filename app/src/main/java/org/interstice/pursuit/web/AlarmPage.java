package org.interstice.pursuit.web;

import org.interstice.pursuit.*;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.interstice.agency.UserSummary;
import org.interstice.agency.Users;
import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.interstice.pursuit.internal.Alarms;
import org.interstice.pursuit.internal.RegistrationQueue;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The "named but not pursued" alarms, escalated first, then oldest first. */
@Controller
class AlarmPage {

    private final Alarms alarms;
    private final Users users;
    private final Audit audit;
    private final RegistrationQueue registrations;

    AlarmPage(Alarms alarms, Users users, Audit audit, RegistrationQueue registrations) {
        this.registrations = registrations;
        this.alarms = alarms;
        this.users = users;
        this.audit = audit;
    }

    @GetMapping("/pursuit/alarms")
    @PreAuthorize(SuspectPage.READERS)
    @Transactional
    String alarms(Viewer viewer, Model model) {
        audit.read(viewer, "pursuit_alarm_list", "open");
        Map<UUID, String> owners = users.all().stream().collect(Collectors.toMap(UserSummary::id, UserSummary::displayName, (a, b) -> a));
        model.addAttribute("alarms", alarms.open());
        model.addAttribute("owners", owners);
        model.addAttribute("stuck", registrations.stuck().orElse(null));
        return "pursuit/alarms";
    }
}
