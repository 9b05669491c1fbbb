package org.interstice.protection;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Protection's current exploitation risk for children, by identity subject, for other modules (pursuit's "linked to
 * children at risk"). The risk is the level of the child's latest screening in the vocabulary it was given in.
 */
public interface ChildrenAtRiskQuery {

    /** The current risk of those subjects that protection has screened; subjects without a screening are absent. */
    Map<UUID, CurrentRisk> currentRisk(Collection<UUID> subjectIds);

    /**
     * The identity subject of the one child protection knows by this name as referred (case and spacing ignored);
     * empty when none or several. For linking a named child when identity's search has not caught up (demo data).
     */
    java.util.Optional<UUID> childNamed(String statedName);

    /** A child's current risk: rank 1 is the lowest of {@code levelCount} levels. */
    record CurrentRisk(UUID subjectId, int levelRank, int levelCount, String levelLabel, LocalDate assessedOn) {

        /** 0 at the highest level of the vocabulary the risk was given in. */
        public int levelsFromTop() {
            return levelCount - levelRank;
        }

        /**
         * Whether the risk is among the top {@code levels} levels of its vocabulary. The lowest level ("not at risk")
         * never counts, whatever {@code levels} is.
         */
        public boolean withinTop(int levels) {
            return levelRank > 1 && levelsFromTop() < levels;
        }
    }
}
