package org.interstice.handoff;

import java.time.Instant;
import java.util.UUID;

/**
 * Something open that nobody owns, or whose owner has been deactivated, for the orphans page.
 *
 * @param kind            what it is, e.g. "Hand-off", "Panel action", "Alarm", "Concern", "Plan action"
 * @param title           a short description; {@code href} links to the item
 * @param about           whom it is about, as the viewer may see it (e.g. "Child: Amy Smith"), or a placeholder
 *                        when the viewer may not see the subject; null when it is about nobody in particular
 * @param aboutHref       a link to the subject's record, only when the viewer may see it
 * @param ownerUserId     the last owner (deactivated), or null when there was none; the page says when they were
 *                        deactivated
 * @param problem         why nobody can be held to it, e.g. "No owner" or "Owner deactivated"
 * @param since           when the item was opened
 * @param responsibleStep the step of the responsibility registry whose agency and role should take it (see
 *                        {@link ProcessSteps}); null when {@code responsible} names them directly
 * @param responsible     who should take it when no registry step applies (e.g. "Team manager, Northbridge Health")
 */
public record Orphan(String kind, String title, String href, String about, String aboutHref, UUID ownerUserId,
        String ownerName, String problem, Instant since, String responsibleStep, String responsible) {

    /** An item with no subject and no registry step. */
    public Orphan(String kind, String title, String href, UUID ownerUserId, String ownerName, String problem,
            Instant since) {
        this(kind, title, href, null, null, ownerUserId, ownerName, problem, since, null, null);
    }
}
