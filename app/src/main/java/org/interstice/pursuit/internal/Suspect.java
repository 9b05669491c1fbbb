package org.interstice.pursuit.internal;

import org.interstice.pursuit.*;
import java.time.LocalDate;
import java.util.UUID;

/** A suspect as stored: the pathway, the police lead and the mandatory ethnicity and nationality. */
public record Suspect(UUID id, UUID personId, UUID subjectId, String name, Pathway pathway, LocalDate stageEnteredOn,
                      UUID ownerUserId, Ethnicity ethnicity, Nationality nationality, LocalDate namedOn, int version) {

    public Stage stage() {
        return pathway.stage();
    }
}
