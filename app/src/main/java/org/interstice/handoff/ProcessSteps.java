package org.interstice.handoff;

/** Codes of the process steps the registry starts with; the registry is data and may hold more. */
public final class ProcessSteps {

    public static final String EXPLOITATION_SCREENING_COMPLETED = "exploitation-screening-completed";
    public static final String STRATEGY_DISCUSSION_CONVENED = "strategy-discussion-convened";
    public static final String SECTION_47_ENQUIRY_STARTED = "section-47-enquiry-started";
    public static final String INITIAL_CHILD_PROTECTION_CONFERENCE_HELD = "initial-child-protection-conference-held";
    public static final String LEAD_PROFESSIONAL_NAMED = "lead-professional-named";
    public static final String RETURN_HOME_INTERVIEW_HELD = "return-home-interview-held";
    public static final String ABDUCTION_WARNING_NOTICE_SERVED = "abduction-warning-notice-served";
    public static final String SUSPECT_PURSUIT_ACTION_RECORDED = "suspect-pursuit-action-recorded";
    public static final String DISRUPTION_PLAN_AGREED = "disruption-plan-agreed";
    public static final String MACE_REFERRAL_MADE = "mace-referral-made";
    /** Who should take a contact awaiting a MASH decision that nobody owns. */
    public static final String REFERRAL_DECISION_MADE = "referral-decision-made";
    /** Who should take a "known but not protected" alarm that nobody owns. */
    public static final String PROTECTION_ALARM_REVIEWED = "protection-alarm-reviewed";
    /** Who should give a plan action whose owner has gone a new owner. */
    public static final String PLAN_ACTIONS_ALLOCATED = "plan-actions-allocated";

    private ProcessSteps() {
    }
}
