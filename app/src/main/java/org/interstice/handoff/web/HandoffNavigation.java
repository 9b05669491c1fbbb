package org.interstice.handoff.web;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.interstice.agency.Role;
import org.interstice.agency.Viewer;
import org.interstice.web.Figure;
import org.interstice.web.HomeFigures;
import org.interstice.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.interstice.handoff.internal.Sql.at;

@Configuration
class HandoffNavigation {

    @Bean
    NavigationItem handoffsNavigation() {
        return new NavigationItem("Hand-offs", "/handoffs", Set.of(Role.PRACTITIONER, Role.TEAM_MANAGER,
                Role.MASH_OFFICER, Role.POLICE_INVESTIGATOR, Role.PANEL_CHAIR, Role.PARTNERSHIP_LEAD), 40);
    }

    @Bean
    NavigationItem orphansNavigation() {
        return new NavigationItem("No owner", "/orphans",
                Set.of(Role.TEAM_MANAGER, Role.MASH_OFFICER, Role.PANEL_CHAIR, Role.PARTNERSHIP_LEAD), 45);
    }

    /** Home page: hand-offs waiting for the viewer's agency, and how many are overdue. */
    @Bean
    HomeFigures handoffFigures(JdbcClient jdbc, Clock clock) {
        return viewer -> figures(jdbc, clock, viewer);
    }

    private static List<Figure> figures(JdbcClient jdbc, Clock clock, Viewer viewer) {
        if (viewer.agencyId() == null || viewer.role() == null || viewer.role() == Role.ELECTED_MEMBER
                || viewer.role() == Role.SYSTEM_ADMINISTRATOR || viewer.role() == Role.AUDITOR) {
            return List.of();
        }
        var counts = jdbc.sql("""
                        select count(*) filter (where to_agency_id = :agency) as waiting,
                               count(*) filter (where to_agency_id = :agency and due_at < :now) as overdue,
                               count(*) filter (where from_agency_id = :agency and state = 'DECLINED' and next_step is null) as declined
                        from handoff where (due_at is not null and to_agency_id = :agency)
                           or (from_agency_id = :agency and state = 'DECLINED' and next_step is null)""")
                .param("agency", viewer.agencyId()).param("now", at(clock.instant()))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
        return List.of(new Figure("Hand-offs waiting for your agency", counts[0], "/handoffs"),
                new Figure("Hand-offs to your agency overdue", counts[1], "/handoffs"),
                new Figure("Declined hand-offs needing your next step", counts[2], "/handoffs"));
    }
}
