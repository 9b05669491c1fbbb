package org.interstice.linkage.synth;

/**
 * Check characters of the UK identifiers the generator writes.
 * <ul>
 * <li>NHS number: 10 digits, the last a modulus-11 check digit (weights 10..2; 11 becomes 0; 10 is never issued).</li>
 * <li>UPN (Unique Pupil Number, DfE): check letter + 3-digit LA number + 4-digit establishment + 2-digit year +
 *     3-digit serial; check letter = sum of digit x position (positions 2..13) mod 23 over A..Z without I, O, S.</li>
 * <li>PNC id (Police National Computer): YY/NNNNNNNC, check letter = (YYNNNNNNN as a number) mod 23, where 0 is Z,
 *     1 is A, and I, O, S are skipped. The full 13-character form writes the century: YYYY/NNNNNNNC.</li>
 * </ul>
 */
public final class Identifiers {

    private static final String UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";
    private static final String PNC_LETTERS = "ZABCDEFGHJKLMNPQRTUVWXY";

    private Identifiers() {
    }

    /** The NHS check digit for nine digits, or 10 if no valid number starts with them. */
    static int nhsCheckDigit(CharSequence nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check;
    }

    /** True for a 10-digit NHS number (spaces and hyphens ignored) whose modulus-11 check digit is right. */
    public static boolean isValidNhsNumber(String value) {
        String digits = value == null ? "" : value.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{10}")) {
            return false;
        }
        int check = nhsCheckDigit(digits);
        return check != 10 && check == digits.charAt(9) - '0';
    }

    static char upnCheckLetter(CharSequence twelveDigits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelveDigits.charAt(i) - '0') * (i + 2);
        }
        return UPN_LETTERS.charAt(sum % 23);
    }

    /** True for a permanent UPN (letter + 12 digits) with the right check letter. */
    public static boolean isValidUpn(String value) {
        if (value == null || !value.matches("[A-Z]\\d{12}")) {
            return false;
        }
        return upnCheckLetter(value.substring(1)) == value.charAt(0);
    }

    static char pncCheckLetter(int yy, int serial) {
        long number = yy * 10_000_000L + serial;
        return PNC_LETTERS.charAt((int) (number % 23));
    }

    /** True for a PNC id in the form YY/NNNNNNNC or YYYY/NNNNNNNC with the right check letter. */
    public static boolean isValidPnc(String value) {
        if (value == null || !value.matches("(\\d{2}|\\d{4})/\\d{1,7}[A-Z]")) {
            return false;
        }
        int slash = value.indexOf('/');
        int yy = Integer.parseInt(value.substring(slash - 2, slash));
        int serial = Integer.parseInt(value.substring(slash + 1, value.length() - 1));
        return pncCheckLetter(yy, serial) == value.charAt(value.length() - 1);
    }
}
