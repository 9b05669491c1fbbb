package org.interstice.protection.web;

import java.util.List;

import org.interstice.protection.child.ChildSummary;
import org.interstice.protection.screening.Screenings.Screening;
import org.interstice.protection.screening.Screenings.StoredFinding;

/** One screening result with the findings that drove it. */
public record ScreeningPage(ChildSummary child, Screening screening, List<StoredFinding> findings, String agencyName) {
}
