package org.interstice.web.internal;

import org.interstice.agency.Agencies;
import org.interstice.agency.Role;
import org.interstice.agency.Users;
import org.interstice.agency.Viewer;
import org.interstice.web.Figure;
import org.interstice.web.HomeFigures;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.ArrayList;
import java.util.List;

/** The home page: who you are, what you are for, and real figures from the database. */
@Controller
class HomePage {

    private final Agencies agencies;
    private final Users users;
    private final List<HomeFigures> contributions;

    HomePage(Agencies agencies, Users users, List<HomeFigures> contributions) {
        this.agencies = agencies;
        this.users = users;
        this.contributions = contributions;
    }

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String home(Viewer viewer, Model model) {
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("Agencies in the partnership", agencies.count(), null));
        figures.add(new Figure("Active users", users.countActive(),
                viewer.hasRole(Role.SYSTEM_ADMINISTRATOR) ? "/admin/users" : null));
        contributions.forEach(c -> figures.addAll(c.figuresFor(viewer)));
        model.addAttribute("figures", figures);
        model.addAttribute("agencies", agencies.all());
        model.addAttribute("purpose", purpose(viewer.role()));
        return "home";
    }

    static String purpose(Role role) {
        if (role == null) {
            return "";
        }
        return switch (role) {
            case PRACTITIONER -> "Record what you know about the children and young people you work with, and see what other agencies know.";
            case TEAM_MANAGER -> "Oversee your team's work: allocations, plans and anything overdue.";
            case MASH_OFFICER -> "Screen contacts and referrals in the multi-agency safeguarding hub.";
            case POLICE_INVESTIGATOR -> "Pursue named suspects: justice pathway, disruption and the suspects nobody is pursuing.";
            case INTELLIGENCE_ANALYST -> "Grade intelligence and analyse networks of people, vehicles, phones and places.";
            case PANEL_CHAIR -> "Run the multi-agency exploitation panel: agendas, decisions and actions.";
            case PARTNERSHIP_LEAD -> "See how the partnership is performing and where children and suspects fall between agencies.";
            case AUDITOR -> "Check who looked at and changed what, and verify the audit log has not been altered.";
            case ELECTED_MEMBER -> "See aggregate figures for the partnership. No page shows an individual.";
            case SYSTEM_ADMINISTRATOR -> "Manage users, API tokens and configuration. You do not have access to case records.";
        };
    }
}
