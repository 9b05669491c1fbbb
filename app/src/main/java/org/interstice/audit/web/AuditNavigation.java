package org.interstice.audit.web;

import org.interstice.agency.Role;
import org.interstice.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

@Configuration(proxyBeanMethods = false)
class AuditNavigation {

    @Bean
    NavigationItem auditLogNavigation() {
        return new NavigationItem("Audit log", "/audit", Set.of(Role.AUDITOR), 800);
    }
}
