package org.interstice.identity;

/** NHS number rules: ten digits whose last is a modulus 11 check digit. */
public final class NhsNumber {

    private NhsNumber() {
    }

    /** Digits only, or null when there are none. Spaces and hyphens are common in extracts. */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String digits = raw.replaceAll("[\\s-]", "");
        return digits.isEmpty() ? null : digits;
    }

    public static boolean isValid(String raw) {
        String n = normalise(raw);
        if (n == null || n.length() != 10 || !n.chars().allMatch(Character::isDigit)) {
            return false;
        }
        if (n.chars().distinct().count() == 1) {
            return false; // 0000000000, 1111111111 ... pass the checksum but are never issued
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (n.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == n.charAt(9) - '0';
    }
}
