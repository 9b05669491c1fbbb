package org.interstice.panel;

import java.util.UUID;

/**
 * One reason for the panel to discuss something, as found in the data: a child with an alarm, a suspect with a
 * pursuit alarm, a location of concern, a trend. {@code subjectId} is null for locations and trends.
 */
public record AgendaSignal(VoltSection section, UUID subjectId, String heading, String reason) {
}
