package org.interstice.learning.web;

import org.interstice.agency.Role;
import org.interstice.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/** Navigation to the system measures and the monthly safety report. */
@Configuration(proxyBeanMethods = false)
class LearningNavigation {

    @Bean
    NavigationItem measuresNavigation() {
        return new NavigationItem("System measures", "/learning/measures",
                Set.of(Role.PARTNERSHIP_LEAD, Role.ELECTED_MEMBER, Role.AUDITOR, Role.PANEL_CHAIR), 500);
    }

    @Bean
    NavigationItem safetyReportNavigation() {
        return new NavigationItem("Safety report", "/learning/report", Set.of(Role.PARTNERSHIP_LEAD, Role.ELECTED_MEMBER), 510);
    }
}
