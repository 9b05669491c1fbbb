package org.interstice.learning.internal;

import org.interstice.calendar.WorkingDays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * The serious incident clocks (domain reference, section 1), as local configuration with the statutory defaults:
 * notification to the national panel within 5 working days of becoming aware, the rapid review within 15 working days
 * of the notification, a local review within 6 months of the decision to commission it.
 */
@Component
public class ReviewClocks {

    private final WorkingDays workingDays;
    private final int notificationWorkingDays;
    private final int rapidReviewWorkingDays;
    private final int localReviewMonths;

    ReviewClocks(WorkingDays workingDays,
                 @Value("${interstice.learning.clocks.notification-working-days:5}") int notificationWorkingDays,
                 @Value("${interstice.learning.clocks.rapid-review-working-days:15}") int rapidReviewWorkingDays,
                 @Value("${interstice.learning.clocks.local-review-months:6}") int localReviewMonths) {
        this.workingDays = workingDays;
        this.notificationWorkingDays = notificationWorkingDays;
        this.rapidReviewWorkingDays = rapidReviewWorkingDays;
        this.localReviewMonths = localReviewMonths;
    }

    public LocalDate notificationDue(LocalDate awareOn) {
        return workingDays.addWorkingDays(awareOn, notificationWorkingDays);
    }

    public LocalDate rapidReviewDue(LocalDate notifiedOn) {
        return workingDays.addWorkingDays(notifiedOn, rapidReviewWorkingDays);
    }

    public LocalDate localReviewDue(LocalDate decidedOn) {
        return decidedOn.plusMonths(localReviewMonths);
    }

    public LocalDate today() {
        return workingDays.today();
    }
}
