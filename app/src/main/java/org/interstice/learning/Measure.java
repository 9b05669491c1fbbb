package org.interstice.learning;

import java.time.LocalDate;
import java.util.List;

/**
 * A system measure, computed from live data whenever it is asked for and never stored. A new measure is one
 * Spring bean implementing this (usually one class extending {@code learning.measure.SqlMeasure} with one query);
 * the measures page, the monthly report and {@code GET /api/v1/measures} pick it up.
 */
public interface Measure {

    /** Stable code used by the API, e.g. {@code MASH_DECISION_IN_TIME}. */
    String code();

    String title();

    /** What one point counts and how, in a sentence a partnership board member can read. */
    String definition();

    /** Unit of the values, e.g. {@code %} or {@code working days}. */
    String unit();

    Improvement improvement();

    /** The order on the page and in the API. */
    int order();

    /**
     * One tally for each period of this grain that starts on or after {@code from} and before {@code to} and has at
     * least one item; periods without items are left out (they are gaps).
     */
    List<Tally> tally(Grain grain, LocalDate from, LocalDate to);
}
