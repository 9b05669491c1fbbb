package org.interstice.handoff.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import org.interstice.handoff.HandoffAccepted;
import org.interstice.handoff.HandoffDeclined;
import org.interstice.handoff.HandoffKind;
import org.interstice.handoff.HandoffSent;
import org.interstice.handoff.HandoffState;
import org.interstice.handoff.NextStep;
import org.interstice.handoff.Urgency;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interstice.handoff.internal.EnglandCalendar.LONDON;

class HandoffTest {

    private static final UUID POLICE = UUID.randomUUID();
    private static final UUID SOCIAL_CARE = UUID.randomUUID();
    private static final UUID HEALTH = UUID.randomUUID();
    private final Actor officer = new Actor(UUID.randomUUID(), POLICE);
    private final Actor socialWorker = new Actor(UUID.randomUUID(), SOCIAL_CARE);
    private final Actor nurse = new Actor(UUID.randomUUID(), HEALTH);
    private final WorkingTime time = EnglandCalendar.workingTime();
    private final DeadlinePolicy amber = new DeadlinePolicy(Urgency.AMBER, new Period(6, TimeUnit.WORKING_HOURS),
            new Period(3, TimeUnit.WORKING_DAYS), new Period(4, TimeUnit.WORKING_HOURS));
    private final Instant wednesdayNoon = LocalDateTime.of(2026, 6, 10, 12, 0).atZone(LONDON).toInstant();

    private Handoff sentByPoliceToSocialCare() {
        return Handoff.send(UUID.randomUUID(), HandoffKind.REFERRAL, Urgency.AMBER, UUID.randomUUID(),
                new Handoff.Parties(POLICE, null, officer.userId(), SOCIAL_CARE, null),
                "Missing three times this month, seen in a taxi", wednesdayNoon, amber, time, null);
    }

    private static Instant london(int month, int day, int hour) {
        return LocalDateTime.of(2026, month, day, hour, 0).atZone(LONDON).toInstant();
    }

    @Test
    void sending_stores_both_deadlines_and_runs_the_acknowledgement_clock() {
        Handoff h = sentByPoliceToSocialCare();
        assertThat(h.state()).isEqualTo(HandoffState.SENT);
        assertThat(h.acknowledgementDueAt()).isEqualTo(london(6, 11, 10)); // 5 hours Wed, 1 hour Thu
        assertThat(h.completionDueAt()).isEqualTo(london(6, 15, 17));
        assertThat(h.dueAt()).isEqualTo(h.acknowledgementDueAt());
        assertThat(h.secondEscalationAt()).isEqualTo(london(6, 11, 14));
        assertThat(h.takeEvents()).singleElement().isInstanceOf(HandoffSent.class);
    }

    @Test
    void the_receiving_agency_acknowledges_then_accepts_and_the_completion_clock_runs() {
        Handoff h = sentByPoliceToSocialCare();
        assertThat(h.acknowledge(socialWorker, wednesdayNoon.plusSeconds(600), amber, time).allowed()).isTrue();
        assertThat(h.dueAt()).isEqualTo(h.completionDueAt());
        assertThat(h.accept(socialWorker, null, wednesdayNoon.plusSeconds(900), amber, time).allowed()).isTrue();
        assertThat(h.state()).isEqualTo(HandoffState.ACCEPTED);
        assertThat(h.ownerUserId()).isEqualTo(socialWorker.userId());
        assertThat(h.takeEvents()).last().isInstanceOf(HandoffAccepted.class);
    }

    @Test
    void accepting_without_acknowledging_first_counts_as_acknowledged() {
        Handoff h = sentByPoliceToSocialCare();
        h.accept(socialWorker, null, wednesdayNoon, amber, time);
        assertThat(h.acknowledgedAt()).isEqualTo(wednesdayNoon);
        assertThat(h.dueAt()).isEqualTo(h.completionDueAt());
    }

    @Test
    void only_the_receiving_agency_can_acknowledge() {
        Handoff h = sentByPoliceToSocialCare();
        assertThat(h.acknowledge(officer, wednesdayNoon, amber, time).reason())
                .isEqualTo("Only the receiving agency can acknowledge this hand-off");
        assertThat(h.acknowledge(nurse, wednesdayNoon, amber, time).refused()).isTrue();
        assertThat(h.state()).isEqualTo(HandoffState.SENT);
    }

    @Test
    void declining_needs_a_reason_and_returns_the_hand_off_to_the_sender() {
        Handoff h = sentByPoliceToSocialCare();
        assertThat(h.decline(socialWorker, "  ", wednesdayNoon).reason()).startsWith("Give the reason for declining");
        assertThat(h.decline(socialWorker, "Already open to the Early Help team", wednesdayNoon).allowed()).isTrue();
        assertThat(h.state()).isEqualTo(HandoffState.DECLINED);
        assertThat(h.open()).as("open with the sender until a next step is recorded").isTrue();
        assertThat(h.dueAt()).isNull();
        assertThat(h.takeEvents()).last().isInstanceOf(HandoffDeclined.class);
    }

    @Test
    void after_a_decline_only_the_sender_records_the_required_next_step_once() {
        Handoff h = sentByPoliceToSocialCare();
        h.decline(socialWorker, "Not our area", wednesdayNoon);
        assertThat(h.recordNextStep(socialWorker, NextStep.NO_FURTHER_ACTION, "x").refused()).isTrue();
        assertThat(h.recordNextStep(officer, NextStep.SENT_TO_ANOTHER_AGENCY, "").reason()).isEqualTo("Explain the next step");
        assertThat(h.recordNextStep(officer, NextStep.SENT_TO_ANOTHER_AGENCY, "Sent to Southfield MASH").allowed()).isTrue();
        assertThat(h.open()).isFalse();
        assertThat(h.recordNextStep(officer, NextStep.NO_FURTHER_ACTION, "again").reason())
                .isEqualTo("The next step has already been recorded");
    }

    @Test
    void completing_needs_acceptance_and_an_outcome() {
        Handoff h = sentByPoliceToSocialCare();
        assertThat(h.complete(socialWorker, "done", wednesdayNoon).reason())
                .isEqualTo("This hand-off is sent, so it cannot be completed");
        h.accept(socialWorker, null, wednesdayNoon, amber, time);
        assertThat(h.complete(socialWorker, " ", wednesdayNoon).refused()).isTrue();
        assertThat(h.complete(socialWorker, "Strategy discussion held", wednesdayNoon).allowed()).isTrue();
        assertThat(h.state()).isEqualTo(HandoffState.COMPLETED);
        assertThat(h.open()).isFalse();
    }

    @Test
    void only_the_sender_withdraws_and_only_while_the_receiver_owes_a_response() {
        Handoff h = sentByPoliceToSocialCare();
        assertThat(h.withdraw(socialWorker, "no", wednesdayNoon).reason())
                .isEqualTo("Only the sending agency can withdraw this hand-off");
        assertThat(h.withdraw(officer, "Child found and safe at home", wednesdayNoon).allowed()).isTrue();
        assertThat(h.withdraw(officer, "again", wednesdayNoon).reason())
                .isEqualTo("This hand-off is already withdrawn and cannot be withdrawn");
        assertThat(h.accept(socialWorker, null, wednesdayNoon, amber, time).refused()).isTrue();
    }

    @Test
    void a_hand_off_cannot_be_sent_to_the_senders_own_agency_or_without_a_summary() {
        assertThat(Handoff.canSend(new Handoff.Parties(POLICE, null, null, POLICE, null), "x", officer, false).reason())
                .startsWith("A hand-off goes to another agency");
        assertThat(Handoff.canSend(new Handoff.Parties(POLICE, null, null, SOCIAL_CARE, null), "", officer, false).refused()).isTrue();
        assertThat(Handoff.canSend(new Handoff.Parties(HEALTH, null, null, SOCIAL_CARE, null), "x", officer, false).reason())
                .isEqualTo("You can only send hand-offs from your own agency");
    }

    @Test
    void a_panel_may_give_an_action_to_the_chairs_own_agency() {
        assertThat(Handoff.canSend(new Handoff.Parties(POLICE, null, null, POLICE, null), "x", officer, true).allowed()).isTrue();
    }

    @Test
    void an_overdue_hand_off_is_one_whose_running_clock_has_passed() {
        Handoff h = sentByPoliceToSocialCare();
        assertThat(h.overdue(h.acknowledgementDueAt())).isFalse();
        assertThat(h.overdue(h.acknowledgementDueAt().plusSeconds(1))).isTrue();
    }

    @Test
    void a_panel_can_set_the_completion_date_of_an_agreed_action() {
        Instant due = london(7, 1, 17);
        Handoff h = Handoff.send(UUID.randomUUID(), HandoffKind.ACTION, Urgency.AMBER, null,
                new Handoff.Parties(POLICE, null, null, SOCIAL_CARE, null), "Serve abduction warning notice",
                wednesdayNoon, amber, time, due);
        assertThat(h.completionDueAt()).isEqualTo(due);
    }
}
