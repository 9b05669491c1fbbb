package org.interstice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The application's clock in integration tests: real time, unless a test sets or advances it. It is reset after
 * every {@link IntegrationTest} test, so moving time never leaks into another test.
 * <pre>{@code @Autowired TestClock clock; ... clock.advance(Duration.ofDays(29)); }</pre>
 */
public final class TestClock extends Clock {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private volatile Instant fixed;
    private volatile Duration offset = Duration.ZERO;

    /** Stops time at this instant (until reset). */
    public void set(Instant instant) {
        fixed = instant;
        offset = Duration.ZERO;
    }

    /** Moves time forward (or back, with a negative duration). */
    public void advance(Duration duration) {
        if (fixed != null) {
            fixed = fixed.plus(duration);
        } else {
            offset = offset.plus(duration);
        }
    }

    /** Back to real time. */
    public void reset() {
        fixed = null;
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return LONDON;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant frozen = fixed;
        return frozen != null ? frozen : Instant.now().plus(offset);
    }
}
