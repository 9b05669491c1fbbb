package org.interstice.protection.timeline;

/** Events a practitioner records on a child's statutory timeline. */
public enum TimelineEvent {
    STRATEGY_DISCUSSION_HELD("Strategy discussion held"),
    SECTION_47_STARTED("Strategy discussion held: section 47 enquiries started"),
    ASSESSMENT_COMPLETED("Child and family assessment completed"),
    ICPC_NOT_REQUIRED("Section 47 enquiries concluded: initial conference not required"),
    ICPC_HELD("Initial child protection conference held"),
    CORE_GROUP_HELD("First core group meeting held"),
    REVIEW_HELD("Review conference held");

    private final String label;

    TimelineEvent(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
