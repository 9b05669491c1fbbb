package org.interstice.agency.internal;

import org.springframework.beans.factory.annotation.Value;
import org.interstice.agency.UserSignedIn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

/**
 * Locks an account for a while after repeated failed sign-ins, which throttles password guessing.
 * A successful sign-in clears the count.
 */
@Component
public class SignInLockout {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int attempts;
    private final Duration lockFor;

    private final ApplicationEventPublisher events;

    SignInLockout(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events,
                  @Value("${interstice.security.lockout.attempts:5}") int attempts,
                  @Value("${interstice.security.lockout.duration:15m}") Duration lockFor) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.attempts = attempts;
        this.lockFor = lockFor;
    }

    public int attempts() {
        return attempts;
    }

    public Duration lockFor() {
        return lockFor;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        if (username == null) {
            return;
        }
        Timestamp until = Timestamp.from(clock.instant().plus(lockFor));
        jdbc.sql("""
                        update app_user set
                          locked_until    = case when failed_sign_ins + 1 >= :attempts then :until else locked_until end,
                          failed_sign_ins = case when failed_sign_ins + 1 >= :attempts then 0 else failed_sign_ins + 1 end
                        where username = :username""")
                .param("attempts", attempts).param("until", until)
                .param("username", username.trim().toLowerCase())
                .update();
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken) {
            jdbc.sql("update app_user set failed_sign_ins = 0, locked_until = null where username = ?")
                    .param(event.getAuthentication().getName()).update();
            if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
                events.publishEvent(new UserSignedIn(user.viewer().userId(), user.viewer().username()));
            }
        }
    }
}
