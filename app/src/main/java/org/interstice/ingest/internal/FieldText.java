package org.interstice.ingest.internal;

import java.util.Locale;

/**
 * What characters a value may hold, and how a value is shown in an error report. Tab, and line breaks (which the
 * validator allows only in the address), are the only control characters a value may contain: NUL, the other C0
 * controls, DEL and the C1 controls are refused, as are a few invisible characters that change how a name reads or
 * matches without showing (zero-width space, byte-order mark, bidirectional overrides), unpaired surrogates and the
 * non-characters U+FFFE and U+FFFF.
 */
final class FieldText {

    /** How many characters of a value an error report shows. */
    static final int SHOWN = 100;

    private FieldText() {
    }

    /** The index of the first character a value may not contain, or -1. Line breaks and tabs are allowed here. */
    static int firstForbidden(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (forbidden(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean forbidden(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F) || invisible(c)
                || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF';
    }

    private static boolean invisible(char c) {
        return c == '\u200B' || c == '\uFEFF' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    static boolean hasLineBreak(String s) {
        return s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0 || s.indexOf('\u2028') >= 0 || s.indexOf('\u2029') >= 0;
    }

    /** Names the character at {@code i} as a person reading the error needs it, such as "NUL (U+0000)". */
    static String describe(String s, int i) {
        char c = s.charAt(i);
        String code = String.format(Locale.ROOT, "U+%04X", (int) c);
        String name = switch (c) {
            case 0 -> "NUL";
            case 0x07 -> "bell";
            case 0x08 -> "backspace";
            case 0x0B -> "vertical tab";
            case 0x0C -> "form feed";
            case 0x1A -> "end-of-file marker";
            case 0x1B -> "escape";
            case 0x7F -> "DEL";
            case '\u200B' -> "zero-width space";
            case '\uFEFF' -> "byte-order mark";
            default -> Character.isSurrogate(c) ? "half of a surrogate pair"
                    : (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') ? "text-direction control"
                    : c == '\uFFFE' || c == '\uFFFF' ? "non-character" : "control character";
        };
        return name + " (" + code + ")";
    }

    /**
     * A value made safe to show and to store in an error report: every character a value may not hold, and line
     * breaks, written as [U+000A]; cut to {@link #SHOWN} characters with the full length said.
     */
    static String shown(String s) {
        if (s == null) {
            return "";
        }
        int cut = s.length() <= SHOWN ? s.length() : Character.isHighSurrogate(s.charAt(SHOWN - 1)) ? SHOWN - 1 : SHOWN;
        String escaped = escape(s.substring(0, cut));
        return cut == s.length() ? escaped : escaped + String.format(Locale.UK, "… (%,d characters in all)", s.length());
    }

    /** Every character a value may not hold, and line breaks, written as [U+000A]. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else if (forbidden(c) || c == '\n' || c == '\r') {
                out.append(String.format(Locale.ROOT, "[U+%04X]", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Removes the spaces and tabs around a value (and nothing else: a control character is never trimmed away). */
    static String trim(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && (s.charAt(from) == ' ' || s.charAt(from) == '\t')) {
            from++;
        }
        while (to > from && (s.charAt(to - 1) == ' ' || s.charAt(to - 1) == '\t')) {
            to--;
        }
        return s.substring(from, to);
    }
}
