package org.interstice.signals.web;

import java.util.Set;

import org.interstice.agency.Role;
import org.interstice.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class SignalNavigation {

    @Bean
    NavigationItem returnInterviewsNavigation() {
        return new NavigationItem("Return interviews", "/signals/return-interviews",
                Set.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.MASH_OFFICER), 35);
    }
}
