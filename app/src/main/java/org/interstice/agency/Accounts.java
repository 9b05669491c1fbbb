package org.interstice.agency;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Opens and closes user accounts. Each change returns the reason when it is refused. */
@Component
public class Accounts {

    /** Shortest password an administrator may set. */
    public static final int MINIMUM_PASSWORD_LENGTH = 12;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,62}");

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;

    Accounts(JdbcClient jdbc, PasswordEncoder passwords, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.events = events;
    }

    /** The outcome of opening an account: the new user, or why not. */
    public record Opened(UserSummary user, String refusal) {
        public boolean ok() {
            return refusal == null;
        }
    }

    /** Opens an account on behalf of an administrator; the change is audited. */
    @Transactional
    public Opened open(NewAccount account, String password, Viewer by) {
        Opened opened = open(account, password);
        if (opened.ok()) {
            events.publishEvent(new AccountsChanged(by, "OPEN_ACCOUNT", "user", opened.user().id().toString()));
        }
        return opened;
    }

    /** Opens an account without an administrator (demo seeding, tests). */
    @Transactional
    public Opened open(NewAccount account, String password) {
        String username = account.username() == null ? "" : account.username().trim().toLowerCase();
        if (!USERNAME.matcher(username).matches()) {
            return new Opened(null, "Enter a username of 2 to 63 lower-case letters, digits, dots, hyphens or underscores");
        }
        if (account.displayName() == null || account.displayName().isBlank()) {
            return new Opened(null, "Enter the person's full name");
        }
        if (account.role() == null) {
            return new Opened(null, "Select a role");
        }
        if (account.agencyId() == null) {
            return new Opened(null, "Select an agency");
        }
        Optional<String> weak = passwordRefusal(password);
        if (weak.isPresent()) {
            return new Opened(null, weak.get());
        }
        if (account.teamId() != null && jdbc.sql("select count(*) from team where id = ? and agency_id = ?")
                .params(account.teamId(), account.agencyId()).query(Long.class).single() == 0) {
            return new Opened(null, "Select a team in the person's agency");
        }
        int inserted = jdbc.sql("""
                        insert into app_user (username, display_name, agency_id, team_id, role, password_hash)
                        values (?, ?, ?, ?, ?, ?) on conflict (username) do nothing""")
                .params(username, account.displayName().trim(), account.agencyId(), account.teamId(),
                        account.role().name(), passwords.encode(password))
                .update();
        if (inserted == 0) {
            return new Opened(null, "A user with that username already exists");
        }
        return new Opened(summary(username).orElseThrow(), null);
    }

    /** Why a password does not meet the password policy, or empty when it does (the one place the policy lives). */
    public static Optional<String> passwordRefusal(String password) {
        if (password == null || password.length() < MINIMUM_PASSWORD_LENGTH) {
            return Optional.of("Enter a password of at least " + MINIMUM_PASSWORD_LENGTH + " characters");
        }
        return Optional.empty();
    }

    /** Deactivates an account; returns the reason if refused. */
    @Transactional
    public Optional<String> deactivate(UUID userId, Viewer by) {
        if (by.userId() != null && by.userId().equals(userId)) {
            return Optional.of("You cannot deactivate your own account");
        }
        int changed = jdbc.sql("update app_user set active = false, version = version + 1 where id = ? and active")
                .param(userId).update();
        if (changed == 0) {
            return Optional.of("That user does not exist or is already inactive");
        }
        events.publishEvent(new AccountsChanged(by, "DEACTIVATE_ACCOUNT", "user", userId.toString()));
        return Optional.empty();
    }

    private Optional<UserSummary> summary(String username) {
        return jdbc.sql("select id, username, display_name, agency_id, team_id, role, active from app_user where username = ?")
                .param(username).query(UserSummary.class).optional();
    }
}
