package org.interstice.handoff.web;

import java.time.Clock;
import java.util.Comparator;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.interstice.handoff.Orphan;
import org.interstice.handoff.OrphanSource;
import org.interstice.handoff.Responsibilities;
import org.interstice.handoff.Responsibility;
import org.interstice.handoff.internal.Deactivations;
import org.interstice.handoff.internal.AgeingDashboard;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Pages for managers: open hand-offs by agency with ageing and breaches, and items that nobody owns. */
@Controller
class OversightPages {

    private final AgeingDashboard dashboard;
    private final List<OrphanSource> orphanSources;
    /** The page lists the oldest items first and at most this many; the caption gives the total. */
    static final int SHOWN = 500;

    private final Responsibilities responsibilities;
    private final Deactivations deactivations;
    private final Audit audit;
    private final Clock clock;

    OversightPages(AgeingDashboard dashboard, List<OrphanSource> orphanSources, Responsibilities responsibilities,
            Deactivations deactivations, Audit audit, Clock clock) {
        this.dashboard = dashboard;
        this.orphanSources = orphanSources;
        this.responsibilities = responsibilities;
        this.deactivations = deactivations;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/handoffs/dashboard")
    @PreAuthorize("hasAnyRole('TEAM_MANAGER','MASH_OFFICER','PANEL_CHAIR','PARTNERSHIP_LEAD','AUDITOR','ELECTED_MEMBER')")
    String dashboard(Model model) {
        List<AgeingDashboard.Row> rows = dashboard.byReceivingAgency(clock.instant());
        model.addAttribute("rows", rows);
        model.addAttribute("total", new AgeingDashboard.Row("All agencies",
                rows.stream().mapToLong(AgeingDashboard.Row::open).sum(),
                rows.stream().mapToLong(AgeingDashboard.Row::underOneDay).sum(),
                rows.stream().mapToLong(AgeingDashboard.Row::oneToFiveDays).sum(),
                rows.stream().mapToLong(AgeingDashboard.Row::sixToTwentyDays).sum(),
                rows.stream().mapToLong(AgeingDashboard.Row::overTwentyDays).sum(),
                rows.stream().mapToLong(AgeingDashboard.Row::overdue).sum(),
                rows.stream().mapToLong(AgeingDashboard.Row::withPartnershipLead).sum(),
                rows.stream().mapToLong(AgeingDashboard.Row::awaitingSenderNextStep).sum()));
        return "handoff/dashboard";
    }

    @GetMapping("/orphans")
    @PreAuthorize("hasAnyRole('TEAM_MANAGER','MASH_OFFICER','PANEL_CHAIR','PARTNERSHIP_LEAD')")
    String orphans(Viewer viewer, Model model) {
        audit.read(viewer, "orphans", viewer.agencyId() == null ? "partnership" : viewer.agencyId());
        List<Orphan> orphans = orphanSources.stream().flatMap(s -> s.orphans(viewer).stream())
                .sorted(Comparator.comparing(Orphan::since, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        model.addAttribute("total", orphans.size());
        orphans = orphans.subList(0, Math.min(orphans.size(), SHOWN));
        Map<UUID, Optional<Instant>> deactivated = new HashMap<>();
        Map<String, Optional<Responsibility>> steps = new HashMap<>();
        model.addAttribute("orphans", orphans.stream().map(o -> new OrphanRow(o,
                o.ownerUserId() == null ? null
                        : deactivated.computeIfAbsent(o.ownerUserId(), deactivations::of).orElse(null),
                o.responsibleStep() == null ? null
                        : steps.computeIfAbsent(o.responsibleStep(), responsibilities::responsibleFor).orElse(null)))
                .toList());
        return "handoff/orphans";
    }
}
