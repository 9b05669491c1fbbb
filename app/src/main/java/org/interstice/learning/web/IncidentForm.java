package org.interstice.learning.web;

import java.util.UUID;

/** What the reporter typed, to show again with an error. */
public record IncidentForm(String kind, boolean serious, String occurredOn, String whatHappened, boolean anonymous,
                           UUID subject, UUID handoff, UUID alarm) {
}
