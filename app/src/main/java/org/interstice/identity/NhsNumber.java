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

    /**
     * A made-up ten-digit number with a valid check digit, for demonstration and test people: nine digits drawn from
     * {@code random}, drawn again whenever they would need the check digit 10 (which no number can have).
     */
    public static String synthetic(java.util.Random random) {
        while (true) {
            int[] d = new int[9];
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                d[i] = random.nextInt(10);
                sum += d[i] * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 10) {
                continue;
            }
            StringBuilder sb = new StringBuilder();
            for (int x : d) {
                sb.append(x);
            }
            return sb.append(check == 11 ? 0 : check).toString();
        }
    }
}
