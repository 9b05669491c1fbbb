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

    private ProcessSteps() {
    }
}
