package org.interstice.handoff.web;

import java.time.Instant;

import org.interstice.handoff.Orphan;
import org.interstice.handoff.Responsibility;

/**
 * One line of the orphans page: the item, when its last owner was deactivated (if known), and who should take
 * it: the registry step's agency and role, or the source's own words.
 */
public record OrphanRow(Orphan orphan, Instant ownerDeactivatedAt, Responsibility step) {

    public String responsible() {
        if (step != null) {
            return step.who() + (step.ownerName() != null ? ": " + step.ownerName() : "");
        }
        return orphan.responsible() == null ? "Not set in the registry" : orphan.responsible();
    }
}
