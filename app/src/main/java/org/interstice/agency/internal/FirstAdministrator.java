package org.interstice.agency.internal;

import org.interstice.agency.Accounts;
import org.interstice.agency.Agencies;
import org.interstice.agency.Agency;
import org.interstice.agency.AgencyKind;
import org.interstice.agency.NewAccount;
import org.interstice.agency.Role;
import org.interstice.agency.Users;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outside demo mode nobody can sign in until a system administrator exists. When there is no active administrator
 * and {@code INTERSTICE_ADMIN_PASSWORD} is set, this opens one ({@code INTERSTICE_ADMIN_USERNAME}, default
 * {@code admin}) in the host agency ({@code INTERSTICE_ADMIN_AGENCY_CODE} / {@code _NAME}). There is no default password.
 */
@Component
@Order(10)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Users users;
    private final Agencies agencies;
    private final Accounts accounts;
    private final String username;
    private final String password;
    private final String agencyCode;
    private final String agencyName;

    FirstAdministrator(Users users, Agencies agencies, Accounts accounts,
                       @Value("${interstice.admin.username:admin}") String username,
                       @Value("${interstice.admin.password:}") String password,
                       @Value("${interstice.admin.agency-code:HOST}") String agencyCode,
                       @Value("${interstice.admin.agency-name:Host organisation}") String agencyName) {
        this.users = users;
        this.agencies = agencies;
        this.accounts = accounts;
        this.username = username;
        this.password = password;
        this.agencyCode = agencyCode;
        this.agencyName = agencyName;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!users.withRole(Role.SYSTEM_ADMINISTRATOR).isEmpty()) {
            return;
        }
        if (password == null || password.isBlank()) {
            log.warn("No system administrator exists. Set INTERSTICE_ADMIN_PASSWORD (at least {} characters) "
                    + "to open one on the next start.", Accounts.MINIMUM_PASSWORD_LENGTH);
            return;
        }
        Agency host = agencies.byCode(agencyCode).orElseGet(() ->
                agencies.register(agencyCode, agencyName, AgencyKind.CHILDRENS_SOCIAL_CARE, agencyName));
        Accounts.Opened opened = accounts.open(
                new NewAccount(username, "System administrator", host.id(), null, Role.SYSTEM_ADMINISTRATOR), password);
        if (opened.ok()) {
            log.info("Opened the first system administrator account '{}' in agency {}", opened.user().username(), host.code());
        } else {
            log.error("Could not open the first system administrator: {}", opened.refusal());
        }
    }
}
