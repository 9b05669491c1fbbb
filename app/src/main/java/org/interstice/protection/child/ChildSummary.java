package org.interstice.protection.child;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

/** How a child is named and aged on protection pages. */
public record ChildSummary(UUID subjectId, String name, LocalDate birthDate) {

    public String ageOn(LocalDate today) {
        if (birthDate == null) {
            return "Not known";
        }
        return Period.between(birthDate, today).getYears() + "";
    }
}
