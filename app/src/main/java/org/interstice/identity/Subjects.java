package org.interstice.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.interstice.agency.Viewer;

/**
 * Resolved subjects for other modules. {@link #byId}, {@link #agenciesKnowing} and the age methods do no access
 * check (use them on pages you have already authorised); {@link #search} is scoped to the viewer.
 */
public interface Subjects {

    /** The subject, following merges: an absorbed subject's id gives the surviving subject. */
    Optional<SubjectSummary> byId(UUID subjectId);

    /** The surviving subject id after any merges (the same id if it was never merged). */
    UUID current(UUID subjectId);

    /** The agencies holding a record of the subject, oldest first contact first. */
    List<AgencyKnowledge> agenciesKnowing(UUID subjectId);

    /** Age today (from the application clock); empty when the date of birth is unknown. */
    OptionalInt age(UUID subjectId);

    OptionalInt ageOn(UUID subjectId, LocalDate date);

    /** Fuzzy and phonetic name search, date of birth within a year, limited to what the viewer may see. */
    List<SubjectSummary> search(Viewer viewer, String name, LocalDate dob, int limit);
}
