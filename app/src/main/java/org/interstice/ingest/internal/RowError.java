package org.interstice.ingest.internal;

/**
 * Why one value of one row was refused, in words a person can act on. Row 1 is the first data row; row 0 is a
 * problem with the file as a whole (its header, its encoding). The value is always safe to show and to store:
 * control characters are written as [U+0000] and a long value is cut.
 */
public record RowError(int row, String column, String value, String rule) {

    public RowError {
        column = safe(column);
        value = safe(value);
        rule = FieldText.escape(rule == null ? "" : rule);
    }

    private static String safe(String s) {
        if (s == null) {
            return "";
        }
        return s.length() > 3 * FieldText.SHOWN ? FieldText.shown(s) : FieldText.escape(s);
    }
}
