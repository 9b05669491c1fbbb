package org.interstice.agency.internal;

import org.interstice.agency.Role;
import org.interstice.agency.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

/** Loads a user who is signing in, with their lock state. */
@Component
public class SignInAccounts implements UserDetailsService {

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInAccounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String name = username == null ? "" : username.trim().toLowerCase();
        return jdbc.sql("""
                        select u.id, u.username, u.display_name, u.agency_id, a.code, u.team_id, u.role,
                               u.password_hash, u.active, u.locked_until
                        from app_user u join agency a on a.id = u.agency_id where u.username = ?""")
                .param(name)
                .query((rs, n) -> {
                    Viewer viewer = new Viewer(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getObject(4, UUID.class), rs.getString(5), rs.getObject(6, UUID.class),
                            Role.valueOf(rs.getString(7)), false);
                    Timestamp lockedUntil = rs.getTimestamp(10);
                    boolean locked = lockedUntil != null && lockedUntil.toInstant().isAfter(clock.instant());
                    return (UserDetails) new SignedInUser(viewer, rs.getString(8), rs.getBoolean(9), locked);
                })
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
