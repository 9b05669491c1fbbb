package org.interstice.protection.timeline;

import org.interstice.protection.config.ProtectionSettings;
import org.springframework.stereotype.Component;

/** Deadlines with the timescales configured now; a change of setting applies to clocks started afterwards. */
@Component("protectionCurrentDeadlines")
public class CurrentDeadlines {

    private final WorkingDayCalendar calendar;
    private final ProtectionSettings settings;

    CurrentDeadlines(WorkingDayCalendar calendar, ProtectionSettings settings) {
        this.calendar = calendar;
        this.settings = settings;
    }

    public Deadlines get() {
        return new Deadlines(calendar, settings.timescales());
    }
}
