package org.interstice.protection.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.interstice.agency.Viewer;
import org.interstice.protection.alarm.Alarms;
import org.interstice.protection.common.Scope;
import org.interstice.protection.timeline.Clocks;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The "known but not protected" alarm page and a team's overdue clocks. */
@Controller("protectionAlarmController")
class AlarmController {

    static final String MANAGERS = "hasAnyRole('TEAM_MANAGER','PANEL_CHAIR','MASH_OFFICER')";

    private final Clock clock;
    private final org.interstice.audit.Audit audit;
    private final Alarms alarms;
    private final Clocks clocks;
    private final Names names;

    AlarmController(Clock clock, org.interstice.audit.Audit audit, Alarms alarms, Clocks clocks, Names names) {
        this.clock = clock;
        this.audit = audit;
        this.alarms = alarms;
        this.clocks = clocks;
        this.names = names;
    }

    @GetMapping("/protection/alarms")
    @PreAuthorize(MANAGERS)
    String alarms(@RequestParam(defaultValue = "age") String sort, Viewer viewer, Model model) {
        Scope scope = Scope.of(viewer);
        Alarms.Order order = Alarms.Order.of(sort);
        var open = alarms.open(scope, order, 500, 0);
        audit.read(viewer, "protection-alarm-list", "open");
        Map<UUID, String> owners = new java.util.HashMap<>();
        open.forEach(a -> owners.computeIfAbsent(a.ownerTeamId(), names::owner));
        model.addAttribute("page", new AlarmList(open, alarms.openCount(scope), order == Alarms.Order.RISK ? "risk" : "age",
                owners, java.time.OffsetDateTime.now(clock), LocalDate.now(clock)));
        return "protection/alarms";
    }

    @GetMapping("/protection/overdue")
    @PreAuthorize("hasAnyRole('PRACTITIONER','TEAM_MANAGER','PANEL_CHAIR','MASH_OFFICER')")
    String overdue(@RequestParam(required = false) UUID team, Viewer viewer, Model model) {
        Scope scope = Scope.of(viewer);
        UUID chosen = scope.wide() && team != null ? team : viewer.teamId();
        LocalDate today = LocalDate.now(clock);
        List<Clocks.TeamOverdue> rows = chosen == null ? List.of() : clocks.overdueForTeam(chosen, today, 500);
        if (chosen != null) {
            audit.read(viewer, "protection-overdue-list", chosen);
        }
        model.addAttribute("page", new OverdueList(chosen, chosen == null ? "" : names.teams().getOrDefault(chosen, "Unknown team"),
                chosen == null ? "" : names.owner(chosen), rows, chosen == null ? 0 : clocks.overdueCountForTeam(chosen, today),
                scope.wide() ? names.teams() : Map.of(), today));
        return "protection/overdue";
    }
}
