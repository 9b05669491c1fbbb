package org.interstice.protection.screening;

/** What set a screening's level: the score alone, or a rule that sets or raises it whatever the score. */
public enum LevelBasis {
    SCORE,
    /** A significant indicator (SERAF "significant incident") sets the highest level. */
    SIGNIFICANT_INCIDENT,
    /** A disclosure of exploitation sets the highest level. */
    DISCLOSURE,
    /** A recorded professional judgement raised the level above what the rules reached. */
    PROFESSIONAL_JUDGEMENT
}
