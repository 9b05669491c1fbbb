package org.interstice.protection.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.interstice.protection.alarm.Alarms.Alarm;
import org.interstice.protection.child.ChildSummary;
import org.interstice.protection.child.ProtectionChildren.ChildState;
import org.interstice.protection.config.ReferenceCodes.Code;
import org.interstice.protection.response.LeadProfessionals.LeadProfessional;
import org.interstice.protection.response.PlanType;
import org.interstice.protection.response.Plans.Action;
import org.interstice.protection.response.Plans.Plan;
import org.interstice.protection.response.Sightings.Sighting;
import org.interstice.protection.screening.Screenings.Screening;
import org.interstice.protection.screening.Screenings.StoredFinding;
import org.interstice.protection.timeline.Clocks.ClockRow;
import org.interstice.protection.timeline.TimelineEvent;
import org.interstice.protection.triage.Contacts.Contact;

/** Everything the child page shows. */
public record ChildPage(ChildSummary child, LocalDate today, ChildState state, String owner, String alarmOwner,
                        Screening latest,
                        List<StoredFinding> latestFindings, List<Screening> screenings, List<ClockRow> clocks,
                        List<PlanView> plans, LeadProfessional lead, List<Sighting> sightings,
                        List<Contact> contacts, Alarm openAlarm, List<Alarm> pastAlarms, List<Code> cpCategories,
                        List<Code> assessmentFactors, List<org.interstice.protection.timeline.Timeline.Factor> factorsIdentified,
                        Map<UUID, String> agencies, boolean canCloseAlarm, FormError error,
                        boolean singleViewLink, List<Code> closureReasons) {

    /** A plan with its category names (initial and latest), the reason for closure in words, and actions. */
    public record PlanView(Plan plan, String categoryLabel, String initialCategoryLabel, String closureLabel,
                           List<Action> actions) {

        /** How the plan ended, in words: the CIN census reason for closure (with its code) and the practitioner's. */
        public String ending() {
            if (plan.closureReason() == null) {
                return plan.endReason();
            }
            String census = closureLabel + " (" + plan.closureReason() + ")";
            return census.equals(plan.endReason()) || closureLabel.equals(plan.endReason()) ? census
                    : census + ": " + plan.endReason();
        }
    }

    public String agency(UUID id) {
        return id == null ? "" : agencies.getOrDefault(id, "Unknown agency");
    }

    public List<PlanType> planTypes() {
        return List.of(PlanType.values());
    }

    public List<TimelineEvent> events() {
        return List.of(TimelineEvent.values());
    }

    public long overdueClocks() {
        return clocks.stream().filter(c -> c.overdueOn(today)).count();
    }

    /** Today as a date field's default value. */
    public String todayInput() {
        return DateInput.format(today);
    }

    public String age() {
        return child.ageOn(today);
    }

    public boolean rescreenDue() {
        return state.rescreenDueOn() != null && !today.isBefore(state.rescreenDueOn());
    }
}
