package org.interstice.pursuit.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Time passing is what raises and escalates alarms: sweep after start-up (and demo seeding) and every night. */
@Component
class AlarmClock {

    private final AlarmSweep sweep;
    private final Clock clock;

    AlarmClock(AlarmSweep sweep, Clock clock) {
        this.sweep = sweep;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void afterStart() {
        sweep.sweepAll(LocalDate.now(clock));
    }

    @Scheduled(cron = "0 15 2 * * *", zone = "Europe/London")
    void nightly() {
        sweep.sweepAll(LocalDate.now(clock));
    }
}
