package org.interstice.learning.web;

import org.interstice.agency.Role;
import org.interstice.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/** Navigation to incident reporting, reviews, the system measures and the monthly safety report. */
@Configuration(proxyBeanMethods = false)
class LearningNavigation {

    @Bean
    NavigationItem measuresNavigation() {
        return new NavigationItem("System measures", "/learning/measures",
                Set.of(Role.PARTNERSHIP_LEAD, Role.ELECTED_MEMBER, Role.AUDITOR, Role.PANEL_CHAIR), 500);
    }

    @Bean
    NavigationItem incidentNavigation() {
        return new NavigationItem("Report an incident", "/learning/incidents/new", Set.of(Role.PRACTITIONER,
                Role.MASH_OFFICER, Role.POLICE_INVESTIGATOR, Role.INTELLIGENCE_ANALYST), 490);
    }

    @Bean
    NavigationItem reviewsNavigation() {
        return new NavigationItem("Learning", "/learning/reviews", Set.of(Role.PARTNERSHIP_LEAD, Role.TEAM_MANAGER,
                Role.PANEL_CHAIR, Role.AUDITOR), 495);
    }

    @Bean
    NavigationItem safetyReportNavigation() {
        return new NavigationItem("Safety report", "/learning/report", Set.of(Role.PARTNERSHIP_LEAD, Role.ELECTED_MEMBER), 510);
    }
}
