package org.interstice.intelligence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An intelligence report was recorded; {@code suspectPersonIds} are the POLE persons it names as suspects. */
public record IntelligenceRecorded(UUID reportId, LocalDate reportedOn, UUID reportingAgencyId, List<UUID> suspectPersonIds) {

    public IntelligenceRecorded {
        suspectPersonIds = List.copyOf(suspectPersonIds);
    }
}
