package org.interstice.protection.screening;

import java.util.Comparator;
import java.util.List;

/** The partnership's chosen words for risk levels, lowest first. */
public record RiskVocabulary(String code, String name, List<RiskLevel> levels) {

    public RiskVocabulary {
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("A risk vocabulary needs at least one level");
        }
        levels = levels.stream().sorted(Comparator.comparingInt(RiskLevel::rank)).toList();
    }

    /** The highest level whose minimum score the score reaches. */
    public RiskLevel levelFor(int score) {
        RiskLevel reached = levels.get(0);
        for (RiskLevel level : levels) {
            if (score >= level.minScore()) {
                reached = level;
            }
        }
        return reached;
    }

    public RiskLevel highest() {
        return levels.get(levels.size() - 1);
    }

    public int size() {
        return levels.size();
    }

    /**
     * Whether a rank is one of the top two levels of a vocabulary with {@code levelCount} levels. The lowest level
     * ("not at risk") never counts, even in a two-level vocabulary.
     */
    public static boolean isTopTwo(int rank, int levelCount) {
        return rank >= Math.max(2, levelCount - 1);
    }
}
