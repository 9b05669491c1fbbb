package org.interstice.linkage.internal;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.interstice.linkage.FieldType;

/** Turns raw values into canonical strings per field type; returns null for missing or invalid values. */
public final class Normalise {
    private Normalise() {
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern UK_POSTCODE = Pattern.compile("^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$");
    private static final Map<String, String> ADDRESS_WORDS = Map.ofEntries(
            Map.entry("st", "street"), Map.entry("str", "street"), Map.entry("rd", "road"), Map.entry("ave", "avenue"),
            Map.entry("av", "avenue"), Map.entry("ln", "lane"), Map.entry("cres", "crescent"), Map.entry("dr", "drive"),
            Map.entry("ct", "court"), Map.entry("pl", "place"), Map.entry("cl", "close"), Map.entry("gdns", "gardens"),
            Map.entry("gdn", "garden"), Map.entry("sq", "square"), Map.entry("tce", "terrace"), Map.entry("ter", "terrace"),
            Map.entry("pde", "parade"), Map.entry("hwy", "highway"), Map.entry("cct", "circuit"), Map.entry("cir", "circuit"),
            Map.entry("mt", "mount"), Map.entry("nth", "north"), Map.entry("sth", "south"), Map.entry("apt", "flat"),
            Map.entry("apartment", "flat"), Map.entry("bldg", "building"), Map.entry("hse", "house"), Map.entry("wy", "way"),
            Map.entry("grv", "grove"), Map.entry("gr", "grove"), Map.entry("pk", "park"));

    public static String value(FieldType type, String raw) {
        if (raw == null) return null;
        String s = raw.strip();
        if (s.isEmpty()) return null;
        return switch (type) {
            case GIVEN_NAME, FAMILY_NAME, FULL_NAME, CITY -> name(s);
            case DOB -> date(s);
            case SEX -> sex(s);
            case POSTCODE -> postcode(s);
            case ADDRESS -> address(s);
            case PHONE -> phone(s);
            case EMAIL -> email(s);
            case NHS_NUMBER -> nhsNumber(s);
            case UPN, PNC_ID, IDENTIFIER -> identifier(s);
            case OTHER -> other(s);
        };
    }

    private static String stripMarks(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        }
        return s;
    }

    public static String name(String s) {
        String t = stripMarks(s).toLowerCase(Locale.ROOT);
        var sb = new StringBuilder(t.length());
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetter(c)) {
                if (space && sb.length() > 0) sb.append(' ');
                space = false;
                sb.append(c);
            } else if (c == '\'' || c == '.' || c == '\u2019') {
                // O'Brien = OBrien
            } else {
                space = true;
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /** Canonical yyyyMMdd, or null when not a valid date in ISO, yyyyMMdd or dd/MM/yyyy form. */
    public static String date(String s) {
        int y, m, d;
        String t = s.length() > 10 && s.charAt(10) == 'T' ? s.substring(0, 10) : s;
        try {
            if (t.length() == 8 && allDigits(t)) {
                y = Integer.parseInt(t.substring(0, 4));
                m = Integer.parseInt(t.substring(4, 6));
                d = Integer.parseInt(t.substring(6, 8));
            } else {
                String[] p = t.split("[-/.]");
                if (p.length != 3 || !allDigits(p[0]) || !allDigits(p[1]) || !allDigits(p[2])) return null;
                if (p[0].length() == 4) {
                    y = Integer.parseInt(p[0]);
                    m = Integer.parseInt(p[1]);
                    d = Integer.parseInt(p[2]);
                } else if (p[2].length() == 4) { // UK order: day/month/year
                    d = Integer.parseInt(p[0]);
                    m = Integer.parseInt(p[1]);
                    y = Integer.parseInt(p[2]);
                } else {
                    return null;
                }
            }
            if (y < 1800 || y > 2200) return null;
            LocalDate.of(y, m, d);
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
        return String.format(Locale.ROOT, "%04d%02d%02d", y, m, d);
    }

    static boolean allDigits(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return true;
    }

    static String sex(String s) {
        String t = s.toLowerCase(Locale.ROOT);
        return switch (t) {
            case "m", "male", "man", "boy", "1" -> "m";
            case "f", "female", "woman", "girl", "2" -> "f";
            case "u", "unknown", "not known", "not stated", "0", "9", "" -> null;
            default -> t;
        };
    }

    public static String postcode(String s) {
        var sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toUpperCase(s.charAt(i));
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) sb.append(c);
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /** For a canonical UK postcode returns {outward, sector}; null for other codes. */
    public static String[] ukPostcodeParts(String canonical) {
        var m = UK_POSTCODE.matcher(canonical);
        if (!m.matches()) return null;
        return new String[]{m.group(1), m.group(1) + " " + m.group(2).charAt(0)};
    }

    public static String address(String s) {
        String t = stripMarks(s).toLowerCase(Locale.ROOT);
        var out = new StringBuilder(t.length());
        int i = 0, n = t.length();
        while (i < n) {
            while (i < n && !alnum(t.charAt(i))) i++;
            int st = i;
            while (i < n && alnum(t.charAt(i))) i++;
            if (st == i) break;
            String tok = t.substring(st, i);
            String w = ADDRESS_WORDS.getOrDefault(tok, tok);
            if (out.length() > 0) out.append(' ');
            out.append(w);
        }
        return out.length() == 0 ? null : out.toString();
    }

    private static boolean alnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    static String phone(String s) {
        var sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') sb.append(c);
        }
        String d = sb.toString();
        if (d.startsWith("0044")) d = "0" + d.substring(4);
        else if (d.startsWith("44") && d.length() == 12) d = "0" + d.substring(2);
        return d.length() < 6 ? null : d;
    }

    static String email(String s) {
        String t = s.toLowerCase(Locale.ROOT).strip();
        int at = t.indexOf('@');
        return at <= 0 || at == t.length() - 1 ? null : t;
    }

    /** Marks a ten-digit NHS number that fails the modulus-11 check (a keying error somewhere in it). */
    public static final char INVALID_MARK = '!';

    /**
     * Ten digits passing the modulus-11 check; ten digits failing it are kept with {@link #INVALID_MARK} in
     * front (they are compared only for a keying error against a valid number, never as evidence against);
     * anything else is null (missing).
     */
    public static String nhsNumber(String s) {
        var sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') sb.append(c);
            else if (c != ' ' && c != '-') return null;
        }
        String d = sb.toString();
        if (validNhsNumber(d)) return d;
        return d.length() == 10 && !sameDigit(d) ? INVALID_MARK + d : null; // 0000000000 etc. are placeholders
    }

    private static boolean sameDigit(String d) {
        for (int i = 1; i < d.length(); i++) if (d.charAt(i) != d.charAt(0)) return false;
        return true;
    }

    public static boolean validNhsNumber(String d) {
        if (d.length() != 10 || !allDigits(d)) return false;
        boolean same = true;
        for (int i = 1; i < 10; i++) same &= d.charAt(i) == d.charAt(0);
        if (same) return false;
        int sum = 0;
        for (int i = 0; i < 9; i++) sum += (d.charAt(i) - '0') * (10 - i);
        int check = 11 - sum % 11;
        if (check == 11) check = 0;
        return check != 10 && check == d.charAt(9) - '0';
    }

    static String identifier(String s) {
        var sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toUpperCase(s.charAt(i));
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) sb.append(c);
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    static String other(String s) {
        String t = s.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
        return t.isEmpty() ? null : t;
    }
}
