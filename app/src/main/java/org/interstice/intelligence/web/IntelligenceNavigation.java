package org.interstice.intelligence.web;

import java.util.Set;
import org.interstice.agency.Role;
import org.interstice.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Navigation to intelligence (readers) and to recording a report (everyone who may record one). */
@Configuration(proxyBeanMethods = false)
class IntelligenceNavigation {

    @Bean
    NavigationItem intelligenceMenuItem() {
        return new NavigationItem("Intelligence", "/intelligence",
                Set.of(Role.INTELLIGENCE_ANALYST, Role.POLICE_INVESTIGATOR, Role.PANEL_CHAIR, Role.PARTNERSHIP_LEAD), 290);
    }

    @Bean
    NavigationItem recordIntelligenceMenuItem() {
        return new NavigationItem("Record intelligence", "/intelligence/new",
                Set.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.MASH_OFFICER), 295);
    }
}
