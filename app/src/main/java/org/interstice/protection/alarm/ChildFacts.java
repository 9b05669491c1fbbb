package org.interstice.protection.alarm;

import java.time.LocalDate;
import java.util.List;

/**
 * What the alarm rules need to know about one child, read from the protection tables. {@code riskRank} is null
 * when the child has never been screened.
 */
public record ChildFacts(Integer riskRank, int riskLevelCount, String riskLabel, LocalDate riskRoseOn,
                         boolean hasActivePlan, boolean hasLeadProfessional, LocalDate lastSeenOn,
                         List<OverdueClock> overdueClocks) {
}
