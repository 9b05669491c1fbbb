package org.interstice.identity;

import java.time.LocalDate;
import java.time.Period;
import java.util.OptionalInt;
import java.util.UUID;

/** What other modules may show about a subject. Carries no access decision: callers enforce their own scope. */
public record SubjectSummary(UUID id, String displayName, String givenName, String familyName, LocalDate dateOfBirth,
                             String sex, String ethnicity, String nhsNumber, int recordCount) {

    public OptionalInt ageOn(LocalDate date) {
        if (dateOfBirth == null || date == null || date.isBefore(dateOfBirth)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Period.between(dateOfBirth, date).getYears());
    }
}
