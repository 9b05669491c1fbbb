package org.interstice.intelligence.internal;

import org.interstice.intelligence.*;
import java.util.Locale;
import java.util.Optional;

/**
 * Normalises the identifying value of an object or place so that the same vehicle, phone, licence, account or
 * premises named in different reports (in different spellings) becomes one POLE entity.
 */
public final class Identifiers {

    private Identifiers() {
    }

    /** "ab12 cde", "AB12-CDE" and " AB 12 CDE " are the same registration: AB12CDE. */
    public static Optional<String> registration(String raw) {
        if (raw == null) return Optional.empty();
        String v = raw.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return v.length() >= 2 && v.length() <= 8 ? Optional.of(v) : Optional.empty();
    }

    /**
     * UK numbers become E.164 (+44...): "07700 900123", "+44 7700 900123", "0044 7700-900123" and "447700900123"
     * are all +447700900123. Other international numbers keep their country code.
     */
    public static Optional<String> phone(String raw) {
        if (raw == null) return Optional.empty();
        String t = raw.trim();
        boolean plus = t.startsWith("+");
        String digits = t.replaceAll("[^0-9]", "");
        if (digits.isEmpty()) return Optional.empty();
        String e164;
        if (plus) e164 = "+" + digits;
        else if (digits.startsWith("00")) e164 = "+" + digits.substring(2);
        else if (digits.startsWith("44") && digits.length() == 12) e164 = "+" + digits;
        else if (digits.startsWith("0")) e164 = "+44" + digits.substring(1);
        else if (digits.length() == 10 && digits.startsWith("7")) e164 = "+44" + digits;
        else return Optional.empty();
        if (e164.startsWith("+440")) e164 = "+44" + e164.substring(4);
        int len = e164.length() - 1;
        return len >= 8 && len <= 15 ? Optional.of(e164) : Optional.empty();
    }

    /** A licence is identified by its licensing authority and number: "Northbridge Council|PH-1234" -> "NORTHBRIDGE COUNCIL|PH1234". */
    public static Optional<String> licence(String authority, String number) {
        if (authority == null || authority.isBlank() || number == null) return Optional.empty();
        String n = number.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        if (n.isEmpty()) return Optional.empty();
        return Optional.of(collapse(authority).toUpperCase(Locale.ROOT) + "|" + n);
    }

    /** An online account is a platform and a handle, case-insensitive, without a leading @. */
    public static Optional<String> account(String platform, String handle) {
        if (platform == null || platform.isBlank() || handle == null) return Optional.empty();
        String h = handle.trim().replaceFirst("^@", "").toLowerCase(Locale.ROOT);
        if (h.isEmpty()) return Optional.empty();
        return Optional.of(collapse(platform).toLowerCase(Locale.ROOT) + "|" + h);
    }

    /** A UK postcode in its standard form, "nb1 2ab" -> "NB1 2AB". */
    public static Optional<String> postcode(String raw) {
        if (raw == null) return Optional.empty();
        String v = raw.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        if (v.length() < 5 || v.length() > 7) return Optional.empty();
        return Optional.of(v.substring(0, v.length() - 3) + " " + v.substring(v.length() - 3));
    }

    /** A place is its postcode plus its first line (or name), case- and punctuation-insensitive. */
    public static Optional<String> place(String nameOrLine, String postcode) {
        if (nameOrLine == null || nameOrLine.isBlank()) return Optional.empty();
        String line = collapse(nameOrLine.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9 ]", " "));
        return Optional.of(postcode(postcode).orElse("") + "|" + line);
    }

    private static String collapse(String s) {
        return s.trim().replaceAll("\\s+", " ");
    }
}
