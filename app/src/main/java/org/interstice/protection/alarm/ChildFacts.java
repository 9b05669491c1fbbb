package org.interstice.protection.alarm;

import java.time.LocalDate;
import java.util.List;

import org.interstice.protection.ExploitationIndicatorKnown;

/**
 * What the alarm rules need to know about one child, read from the protection tables. {@code riskRank} is null
 * when the child has never been screened; {@code screenedOn} is the date of the latest screening (null if none);
 * {@code knownIndicators} are the exploitation indicators every {@code ExploitationIndicatorSource} knows of.
 */
public record ChildFacts(Integer riskRank, int riskLevelCount, String riskLabel, LocalDate riskRoseOn,
                         boolean hasActivePlan, boolean hasLeadProfessional, LocalDate lastSeenOn,
                         List<OverdueClock> overdueClocks, LocalDate screenedOn,
                         List<ExploitationIndicatorKnown> knownIndicators) {

    /** A child about whom no exploitation indicator is known outside a screening. */
    public ChildFacts(Integer riskRank, int riskLevelCount, String riskLabel, LocalDate riskRoseOn,
                      boolean hasActivePlan, boolean hasLeadProfessional, LocalDate lastSeenOn,
                      List<OverdueClock> overdueClocks) {
        this(riskRank, riskLevelCount, riskLabel, riskRoseOn, hasActivePlan, hasLeadProfessional, lastSeenOn,
                overdueClocks, null, List.of());
    }
}
