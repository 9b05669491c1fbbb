package org.interstice.protection.alarm;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.interstice.protection.ExploitationIndicatorKnown;
import org.interstice.protection.screening.RiskVocabulary;

/**
 * The "known but not protected" rules. A child is known to be at risk when the current risk is at one of the top
 * two levels, or rose within the rise window; and not protected when there is no active plan, or no lead
 * professional, or no recorded contact within the contact window, or a statutory clock is overdue. A child with an
 * exploitation indicator known (a CIN factor 11A or 24A, a plan under sexual abuse, another agency's signal) that
 * no screening has taken into account is "known but not protected" on that alone, before anyone screens
 * (issue 14 item 2, ADR 0041). Every reason that holds is returned, not just the first.
 */
public final class AlarmRules {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final int riskRiseWindowDays;
    private final int contactWindowDays;

    public AlarmRules(int riskRiseWindowDays, int contactWindowDays) {
        this.riskRiseWindowDays = riskRiseWindowDays;
        this.contactWindowDays = contactWindowDays;
    }

    public AlarmAssessment assess(ChildFacts child, LocalDate today) {
        return new AlarmAssessment(riskReasons(child, today), gapReasons(child, today));
    }

    private List<AlarmReason> riskReasons(ChildFacts child, LocalDate today) {
        List<AlarmReason> reasons = new ArrayList<>(notYetScreened(child));
        if (child.riskRank() == null) {
            return reasons;
        }
        if (RiskVocabulary.isTopTwo(child.riskRank(), child.riskLevelCount())) {
            reasons.add(AlarmReason.of(ReasonCode.RISK_AT_TOP_LEVELS,
                    "Current risk is \"" + child.riskLabel() + "\", one of the top two levels"));
        }
        if (child.riskRoseOn() != null && !child.riskRoseOn().isAfter(today)
                && ChronoUnit.DAYS.between(child.riskRoseOn(), today) <= riskRiseWindowDays) {
            reasons.add(AlarmReason.of(ReasonCode.RISK_ROSE,
                    "Risk rose to \"" + child.riskLabel() + "\" on " + DAY.format(child.riskRoseOn())
                            + ", within the last " + riskRiseWindowDays + " days"));
        }
        return reasons;
    }

    /**
     * The one place where "Not yet screened: ..." reasons are derived from the exploitation indicators known: each
     * indicator that became known after the latest screening (or with no screening at all) is its own reason.
     */
    static List<AlarmReason> notYetScreened(ChildFacts child) {
        List<AlarmReason> reasons = new ArrayList<>();
        for (ExploitationIndicatorKnown known : child.knownIndicators()) {
            if (child.screenedOn() != null && !child.screenedOn().isBefore(known.knownOn())) {
                continue;
            }
            String text = child.screenedOn() == null ? "Not yet screened: " + known.description()
                    : "Not yet screened since the last screening on " + DAY.format(child.screenedOn()) + ": "
                    + known.description();
            reasons.add(new AlarmReason(ReasonCode.NOT_YET_SCREENED, ReasonCode.NOT_YET_SCREENED + ":" + known.key(), text));
        }
        return reasons;
    }

    private List<AlarmReason> gapReasons(ChildFacts child, LocalDate today) {
        List<AlarmReason> reasons = new ArrayList<>();
        if (!child.hasActivePlan()) {
            reasons.add(AlarmReason.of(ReasonCode.NO_ACTIVE_PLAN, "No active plan"));
        }
        if (!child.hasLeadProfessional()) {
            reasons.add(AlarmReason.of(ReasonCode.NO_LEAD_PROFESSIONAL, "No lead professional"));
        }
        if (child.lastSeenOn() == null) {
            reasons.add(AlarmReason.of(ReasonCode.NO_RECENT_CONTACT, "No recorded contact with the child"));
        } else {
            long days = ChronoUnit.DAYS.between(child.lastSeenOn(), today);
            if (days > contactWindowDays) {
                reasons.add(AlarmReason.of(ReasonCode.NO_RECENT_CONTACT,
                        "No recorded contact with the child for " + days + " days (last seen "
                                + DAY.format(child.lastSeenOn()) + "; expected within " + contactWindowDays + " days)"));
            }
        }
        for (OverdueClock clock : child.overdueClocks()) {
            reasons.add(new AlarmReason(ReasonCode.OVERDUE_CLOCK, ReasonCode.OVERDUE_CLOCK + ":" + clock.kind(),
                    clock.kind().label() + " overdue since " + DAY.format(clock.dueOn())));
        }
        return reasons;
    }
}
