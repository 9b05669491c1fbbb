package org.interstice.web.internal;

import org.interstice.agency.Role;
import org.interstice.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.EnumSet;
import java.util.Set;

/** Navigation for the home page and the administration pages (which live in the agency module). */
@Configuration(proxyBeanMethods = false)
class CoreNavigation {

    @Bean
    NavigationItem homeNavigation() {
        return new NavigationItem("Home", "/", EnumSet.allOf(Role.class), 0);
    }

    @Bean
    NavigationItem usersNavigation() {
        return new NavigationItem("Users", "/admin/users", Set.of(Role.SYSTEM_ADMINISTRATOR), 900);
    }

    @Bean
    NavigationItem agenciesNavigation() {
        return new NavigationItem("Agencies", "/admin/agencies", Set.of(Role.SYSTEM_ADMINISTRATOR), 905);
    }

    @Bean
    NavigationItem apiTokensNavigation() {
        return new NavigationItem("API tokens", "/admin/tokens", Set.of(Role.SYSTEM_ADMINISTRATOR), 910);
    }
}
