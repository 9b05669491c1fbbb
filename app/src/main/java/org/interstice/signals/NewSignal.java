package org.interstice.signals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A signal as an agency sends it. The child is given by {@code subjectId} when known, otherwise by {@code person},
 * which identity resolves as it does an imported record. A missing episode has {@code occurredAt} (start),
 * {@code endedAt} (return) and {@code place} (where found); {@code exploitationIndicator} marks an episode or
 * incident with a sign of exploitation (found with older adults, out of area, new phone).
 */
public record NewSignal(String kind, String sourceId, UUID subjectId, Person person, OffsetDateTime occurredAt,
                        OffsetDateTime endedAt, String place, boolean exploitationIndicator, String summary) {

    /** The child as the agency knows them. */
    public record Person(String givenName, String familyName, LocalDate dob, String nhsNumber, String upn,
                         String pncId, String postcode) {
    }
}
