package org.interstice.panel;

import java.util.UUID;

/** A panel decision became an owned action, carried by a hand-off. */
public record PanelActionAgreed(UUID meetingId, UUID decisionId, UUID handoffId) {
}
