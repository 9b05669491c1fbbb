package org.interstice.learning;

import java.time.LocalDate;

/** A measure's value for one period (identified by its first day) and how many items it counts (n > 0). */
public record Tally(LocalDate periodStart, double value, int n) {
}
