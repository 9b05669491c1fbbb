package org.interstice.agency.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Throttles password guessing across many usernames: after too many failed sign-ins from one client address within
 * the window, further sign-in attempts from it are refused until the window has passed. (Per-account lockout is
 * {@link SignInLockout}.) Kept in memory: a restart clears it.
 */
@Component
class SignInThrottle {

    private final Clock clock;
    private final int limit;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    SignInThrottle(Clock clock,
                   @Value("${interstice.security.throttle.failures-per-address:50}") int limit,
                   @Value("${interstice.security.lockout.duration:15m}") Duration window) {
        this.clock = clock;
        this.limit = limit;
        this.window = window;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            Deque<Instant> times = failures.computeIfAbsent(details.getRemoteAddress(), a -> new ArrayDeque<>());
            synchronized (times) {
                times.addLast(clock.instant());
                prune(times);
            }
        }
    }

    boolean throttled(String address) {
        Deque<Instant> times = failures.get(address);
        if (times == null) {
            return false;
        }
        synchronized (times) {
            prune(times);
            return times.size() >= limit;
        }
    }

    private void prune(Deque<Instant> times) {
        Instant since = clock.instant().minus(window);
        while (!times.isEmpty() && (times.peekFirst().isBefore(since) || times.peekFirst().isAfter(clock.instant()))) {
            times.removeFirst();
        }
    }

    /** Refuses POST /sign-in from a throttled address before any password is checked. */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if ("POST".equals(request.getMethod()) && (request.getContextPath() + "/sign-in").equals(request.getRequestURI())
                        && throttled(request.getRemoteAddr())) {
                    response.sendRedirect(request.getContextPath() + "/sign-in?throttled");
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }
}
