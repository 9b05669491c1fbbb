package org.interstice.pursuit;

import java.time.LocalDate;
import java.util.UUID;

/** A "named but not pursued" alarm was raised for a suspect (subjectId is null while the suspect is unidentified). */
public record PursuitAlarmRaised(UUID alarmId, UUID suspectId, UUID subjectId, LocalDate dueOn) {
}
