package org.interstice.intelligence;

import java.util.UUID;

/**
 * An intelligence report was recorded that names one or more children at risk who are known to identity (read them
 * with {@link ChildrenAtRisk#in}). Published beside {@link IntelligenceRecorded} only for such reports, so that a
 * module acting on children at risk is not called for every report (ADR 0082).
 */
public record ChildrenNamedAtRisk(UUID reportId) {
}
