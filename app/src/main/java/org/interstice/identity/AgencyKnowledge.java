package org.interstice.identity;

import java.time.LocalDate;
import java.util.UUID;

/** One agency that knows a subject, since the earliest "first known" date over its records. */
public record AgencyKnowledge(UUID agencyId, String agencyCode, String agencyName, LocalDate since, int records) {
}
