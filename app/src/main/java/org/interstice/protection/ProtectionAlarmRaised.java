package org.interstice.protection;

import java.util.List;
import java.util.UUID;

/** A "known but not protected" alarm was raised for a child; {@code reasonCodes} say why. */
public record ProtectionAlarmRaised(UUID alarmId, UUID subjectId, UUID ownerTeamId, List<String> reasonCodes) {
}
