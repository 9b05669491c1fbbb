package org.interstice.pursuit;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A disruption action as submitted, before validation. Which details are needed depends on the type: a CAWN names
 * the child it protects (identity subject) and its type; an STPO or STRO its court and conditions (no expiry means
 * "until further order"); a licensing outcome its authority and licence. Details a type does not use are ignored.
 */
public record NewDisruption(DisruptionType type, String description, LocalDate takenOn, LocalDate expiresOn,
                            UUID ownerUserId, UUID childSubjectId, CawnType cawnType, String court, String conditions,
                            String authority, String licence) {

    /** The simple form: a type, an optional description, its date and optional expiry. */
    public static NewDisruption of(DisruptionType type, String description, LocalDate takenOn, LocalDate expiresOn, UUID ownerUserId) {
        return new NewDisruption(type, description, takenOn, expiresOn, ownerUserId, null, null, null, null, null, null);
    }
}
