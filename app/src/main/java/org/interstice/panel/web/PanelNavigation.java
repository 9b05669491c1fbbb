package org.interstice.panel.web;

import java.util.Set;

import org.interstice.agency.Role;
import org.interstice.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class PanelNavigation {

    @Bean
    NavigationItem panelsNavigation() {
        return new NavigationItem("Panels", "/panels", Set.of(Role.PANEL_CHAIR, Role.PARTNERSHIP_LEAD, Role.TEAM_MANAGER,
                Role.MASH_OFFICER, Role.POLICE_INVESTIGATOR, Role.INTELLIGENCE_ANALYST), 50);
    }
}
