package org.interstice.identity;

import java.util.List;

/**
 * A batch of agency records linked to subjects at once (a chunk of an import: up to 1,000 records), published instead
 * of one {@link SubjectResolved} per record so that listeners handle an import with a few set-based queries rather
 * than one event each (100,000 events took 21 s to drain). Single decisions (a review, a re-evaluation) still
 * publish {@link SubjectResolved}.
 */
public record SubjectsResolved(List<SubjectResolved> resolved) {
    public SubjectsResolved {
        resolved = List.copyOf(resolved);
    }
}
