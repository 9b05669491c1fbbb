package org.interstice.protection.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.interstice.agency.Role;
import org.interstice.agency.Viewer;
import org.interstice.protection.alarm.Alarms;
import org.interstice.protection.common.Scope;
import org.interstice.protection.timeline.Clocks;
import org.interstice.web.Figure;
import org.interstice.web.HomeFigures;
import org.interstice.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Protection's navigation entries and home-page figures; the alarm sweep runs on Spring's scheduler. */
@Configuration(value = "protectionProtectionWeb", proxyBeanMethods = false)
@EnableScheduling
class ProtectionWeb {

    private static final Set<Role> READERS = Set.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.MASH_OFFICER,
            Role.PANEL_CHAIR, Role.POLICE_INVESTIGATOR);

    @Bean
    NavigationItem protectionAlarmsNavigation() {
        return new NavigationItem("Known but not protected", "/protection/alarms",
                Set.of(Role.TEAM_MANAGER, Role.PANEL_CHAIR, Role.MASH_OFFICER), 200);
    }

    @Bean
    NavigationItem protectionChildrenNavigation() {
        return new NavigationItem("Children at risk", "/protection/children", READERS, 201);
    }

    @Bean
    NavigationItem protectionMashNavigation() {
        return new NavigationItem("MASH triage", "/protection/mash", Set.of(Role.MASH_OFFICER, Role.TEAM_MANAGER), 202);
    }

    @Bean
    NavigationItem protectionContactsNavigation() {
        return new NavigationItem("Contacts", "/protection/contacts", READERS, 203);
    }

    @Bean
    NavigationItem protectionOverdueNavigation() {
        return new NavigationItem("Overdue clocks", "/protection/overdue",
                Set.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.PANEL_CHAIR, Role.MASH_OFFICER), 204);
    }

    @Bean
    NavigationItem protectionSettingsNavigation() {
        return new NavigationItem("Protection policy", "/protection/settings",
                Set.of(Role.PARTNERSHIP_LEAD), 205);
    }

    @Bean
    HomeFigures protectionFigures(Alarms alarms, Clocks clocks, JdbcClient jdbc, Clock clock) {
        return viewer -> figures(viewer, alarms, clocks, jdbc, clock);
    }

    private static List<Figure> figures(Viewer viewer, Alarms alarms, Clocks clocks, JdbcClient jdbc, Clock clock) {
        List<Figure> figures = new ArrayList<>();
        if (viewer.role() == null) {
            return figures;
        }
        if (viewer.hasRole(Role.TEAM_MANAGER) || viewer.hasRole(Role.PANEL_CHAIR) || viewer.hasRole(Role.MASH_OFFICER)) {
            figures.add(new Figure("Children known but not protected", alarms.openCount(Scope.of(viewer)), "/protection/alarms"));
        }
        if (viewer.hasRole(Role.MASH_OFFICER) || viewer.hasRole(Role.TEAM_MANAGER)) {
            figures.add(new Figure("Contacts awaiting a MASH decision",
                    jdbc.sql("SELECT count(*) FROM protection_contact WHERE outcome IS NULL").query(Long.class).single(),
                    "/protection/mash"));
        }
        if (viewer.teamId() != null && READERS.contains(viewer.role())) {
            figures.add(new Figure("Overdue clocks in your team", clocks.overdueCountForTeam(viewer.teamId(), LocalDate.now(clock)),
                    "/protection/overdue"));
        }
        return figures;
    }
}
