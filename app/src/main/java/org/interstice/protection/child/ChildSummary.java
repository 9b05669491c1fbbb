package org.interstice.protection.child;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

/**
 * How a child is named and aged on protection pages. {@code matched} is true when the details come from the
 * single view (identity); false when identity does not know the child and the referrer's statement is shown.
 */
public record ChildSummary(UUID subjectId, String name, LocalDate birthDate, boolean matched) {

    public String ageOn(LocalDate today) {
        if (birthDate == null) {
            return "Not known";
        }
        return Period.between(birthDate, today).getYears() + "";
    }
}
