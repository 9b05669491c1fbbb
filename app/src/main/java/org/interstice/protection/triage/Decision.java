package org.interstice.protection.triage;

import java.util.Optional;
import java.util.UUID;

/** A proposed MASH decision on a contact. {@link #refusal(boolean)} says why it cannot be recorded, if it cannot. */
public record Decision(Outcome outcome, String reason, String primaryNeed, UUID onwardAgencyId) {

    /** Empty when the decision may be recorded on a contact that {@code alreadyDecided} or not. */
    public Optional<String> refusal(boolean alreadyDecided) {
        if (alreadyDecided) {
            return Optional.of("This contact already has an outcome");
        }
        if (outcome == null) {
            return Optional.of("Choose an outcome");
        }
        if (reason == null || reason.isBlank()) {
            return Optional.of("Give the reason for the decision");
        }
        if (outcome == Outcome.OTHER_AGENCY && onwardAgencyId == null) {
            return Optional.of("Choose the agency the child is referred to");
        }
        return Optional.empty();
    }
}
