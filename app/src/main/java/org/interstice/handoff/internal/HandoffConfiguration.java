package org.interstice.handoff.internal;

import java.time.LocalTime;

import org.interstice.calendar.WorkingDays;
import org.interstice.calendar.WorkingHours;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration
@EnableScheduling
class HandoffConfiguration {

    @Bean
    WorkingTime handoffWorkingTime(WorkingDays workingDays, WorkingHours workingHours,
            @Value("${interstice.calendar.working-day-ends:17:00}") String closes) {
        return new WorkingTime(workingDays, workingHours, LocalTime.parse(closes));
    }
}
