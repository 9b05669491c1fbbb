package org.interstice.ingest.internal;

/** Why one value of one row was refused, in words a person can act on. Row 1 is the first data row. */
public record RowError(int row, String column, String value, String rule) {
}
