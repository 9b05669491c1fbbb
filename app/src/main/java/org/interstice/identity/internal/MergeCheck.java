package org.interstice.identity.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.interstice.identity.NhsNumber;

/**
 * Whether two clusters of agency records may be merged into one subject, and if not, why. A concern blocks the
 * merge unless the person merging gives a reason for overriding it.
 */
public final class MergeCheck {

    /** The facts about one record that the check looks at. */
    public record RecordFacts(UUID recordId, String agencyCode, String sourceId, String nhsNumber) {
    }

    /** A pair of records someone decided are not the same person. */
    public record NotSamePerson(UUID recordA, UUID recordB, String decidedBy) {
    }

    public sealed interface Verdict permits Safe, Blocked, Overridden {
    }

    public record Safe() implements Verdict {
    }

    public record Blocked(List<String> concerns) implements Verdict {
    }

    public record Overridden(List<String> concerns, String reason) implements Verdict {
    }

    private MergeCheck() {
    }

    public static List<String> concerns(Collection<RecordFacts> left, Collection<RecordFacts> right,
                                        Collection<NotSamePerson> notSame) {
        List<String> concerns = new ArrayList<>();
        for (RecordFacts l : left) {
            for (RecordFacts r : right) {
                if (NhsNumber.isValid(l.nhsNumber()) && NhsNumber.isValid(r.nhsNumber())
                        && !NhsNumber.normalise(l.nhsNumber()).equals(NhsNumber.normalise(r.nhsNumber()))) {
                    concerns.add("Two different valid NHS numbers: " + l.nhsNumber() + " (" + l.agencyCode() + " "
                            + l.sourceId() + ") and " + r.nhsNumber() + " (" + r.agencyCode() + " " + r.sourceId() + ")");
                }
            }
        }
        Set<UUID> leftIds = ids(left);
        Set<UUID> rightIds = ids(right);
        for (NotSamePerson n : notSame) {
            if ((leftIds.contains(n.recordA()) && rightIds.contains(n.recordB()))
                    || (leftIds.contains(n.recordB()) && rightIds.contains(n.recordA()))) {
                concerns.add("Recorded as not the same person by " + n.decidedBy());
            }
        }
        return concerns.stream().distinct().toList();
    }

    public static Verdict verdict(List<String> concerns, String overrideReason) {
        if (concerns.isEmpty()) {
            return new Safe();
        }
        if (overrideReason == null || overrideReason.isBlank()) {
            return new Blocked(concerns);
        }
        return new Overridden(concerns, overrideReason.trim());
    }

    private static Set<UUID> ids(Collection<RecordFacts> facts) {
        return facts.stream().map(RecordFacts::recordId).collect(java.util.stream.Collectors.toSet());
    }
}
