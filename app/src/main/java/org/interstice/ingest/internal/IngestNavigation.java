package org.interstice.ingest.internal;

import java.util.EnumSet;
import org.interstice.agency.Role;
import org.interstice.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IngestNavigation {

    @Bean
    NavigationItem importsNavigation() {
        return new NavigationItem("Imports", "/admin/imports", EnumSet.of(Role.SYSTEM_ADMINISTRATOR, Role.TEAM_MANAGER), 80);
    }
}
