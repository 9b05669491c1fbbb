package org.interstice.pursuit;

import java.time.LocalDate;
import java.util.UUID;

/** A "named but not pursued" alarm went unanswered long enough to be escalated to the exploitation panel. */
public record PursuitAlarmEscalated(UUID alarmId, UUID suspectId, UUID subjectId, LocalDate escalatedOn) {
}
