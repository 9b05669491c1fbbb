package org.interstice.signals.internal;

import org.interstice.signals.ReturnHomeInterviews;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every few minutes, publishes once each return home interview that has fallen overdue. */
@Component
class ReturnInterviewSweep {

    private final ReturnHomeInterviews interviews;

    ReturnInterviewSweep(ReturnHomeInterviews interviews) {
        this.interviews = interviews;
    }

    @Scheduled(cron = "${interstice.signals.return-interview-sweep-cron:0 */5 * * * *}", zone = "Europe/London")
    void scheduled() {
        interviews.noticeOverdue();
    }
}
