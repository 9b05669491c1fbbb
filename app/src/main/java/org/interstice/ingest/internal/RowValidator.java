package org.interstice.ingest.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.interstice.identity.Ethnicity;
import org.interstice.identity.IncomingPerson;
import org.interstice.identity.IncomingPerson.Address;
import org.interstice.identity.IncomingPerson.Name;
import org.interstice.identity.IncomingPerson.NameKind;
import org.interstice.identity.NhsNumber;
import org.interstice.identity.Sex;

/** Checks one canonical row and either builds the incoming person or says, value by value, what is wrong. */
public final class RowValidator {

    static final Pattern POSTCODE = Pattern.compile("^([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})$");
    static final Pattern UPN = Pattern.compile("^[A-Z][0-9]{11}[0-9A-Z]$");
    static final Pattern PNC = Pattern.compile("^[0-9]{2,4}/[0-9]{1,7}[A-Z]$");
    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT));

    private static final Set<CanonicalColumn> FORMULA_CHECKED = EnumSet.of(CanonicalColumn.GIVEN_NAME,
            CanonicalColumn.FAMILY_NAME, CanonicalColumn.ALIASES, CanonicalColumn.KNOWN_AS, CanonicalColumn.ADDRESS,
            CanonicalColumn.NATIONALITY, CanonicalColumn.SOURCE_SYSTEM);

    private final UUID agencyId;
    private final String defaultSourceSystem;
    private final LocalDate today;

    public RowValidator(UUID agencyId, String defaultSourceSystem, LocalDate today) {
        this.agencyId = agencyId;
        this.defaultSourceSystem = defaultSourceSystem;
        this.today = today;
    }

    /** The outcome for one row: exactly one of {@code person} and a non-empty {@code errors}. */
    public record Result(IncomingPerson person, List<RowError> errors) {
        public boolean accepted() {
            return errors.isEmpty();
        }
    }

    public Result validate(int row, Map<CanonicalColumn, String> values) {
        List<RowError> errors = new ArrayList<>();
        Map<CanonicalColumn, String> v = textRules(row, values, errors);
        String sourceId = v.get(CanonicalColumn.SOURCE_ID);
        if (!values.containsKey(CanonicalColumn.SOURCE_ID)) {
            errors.add(new RowError(row, "source_id", "", "must not be empty: every row needs the agency's own id for the person"));
        }
        String given = v.get(CanonicalColumn.GIVEN_NAME);
        String family = v.get(CanonicalColumn.FAMILY_NAME);
        if (!values.containsKey(CanonicalColumn.GIVEN_NAME) && !values.containsKey(CanonicalColumn.FAMILY_NAME)) {
            errors.add(new RowError(row, "family_name", "", "a given name or a family name is needed to identify the person"));
        }
        LocalDate dob = date(row, v, CanonicalColumn.DOB, errors);
        if (dob != null && dob.isBefore(EARLIEST)) {
            errors.add(new RowError(row, "dob", v.get(CanonicalColumn.DOB), "must be on or after 1900-01-01"));
            dob = null;
        }
        String sex = null;
        if (v.containsKey(CanonicalColumn.SEX)) {
            sex = Sex.parse(v.get(CanonicalColumn.SEX)).map(Enum::name).orElse(null);
            if (sex == null) {
                errors.add(new RowError(row, "sex", v.get(CanonicalColumn.SEX), "must be M, F, I (indeterminate) or U (not known), or the census codes 1, 2, 9, 0"));
            }
        }
        String ethnicity = null;
        if (v.containsKey(CanonicalColumn.ETHNICITY)) {
            ethnicity = Ethnicity.fromCode(v.get(CanonicalColumn.ETHNICITY)).map(Enum::name).orElse(null);
            if (ethnicity == null) {
                errors.add(new RowError(row, "ethnicity", v.get(CanonicalColumn.ETHNICITY), "must be a DfE ethnicity code such as WBRI, APKN or BAFR; use REFU if refused and NOBT if not yet obtained"));
            }
        }
        String postcode = null;
        if (v.containsKey(CanonicalColumn.POSTCODE)) {
            postcode = postcode(v.get(CanonicalColumn.POSTCODE));
            if (postcode == null) {
                errors.add(new RowError(row, "postcode", v.get(CanonicalColumn.POSTCODE), "must be a UK postcode such as NB1 4AA"));
            }
        }
        List<String> phones = new ArrayList<>();
        for (String p : split(v.get(CanonicalColumn.PHONE))) {
            String digits = p.replaceAll("[\\s()+-]", "");
            if (!digits.matches("[0-9]{10,13}")) {
                errors.add(new RowError(row, "phone", p, "must be a telephone number of 10 to 13 digits"));
            } else {
                phones.add(digits.startsWith("44") ? "0" + digits.substring(2) : digits);
            }
        }
        List<String> emails = new ArrayList<>();
        for (String e : split(v.get(CanonicalColumn.EMAIL))) {
            if (!EMAIL.matcher(e).matches()) {
                errors.add(new RowError(row, "email", e, "must be an email address such as name@example.org"));
            } else {
                emails.add(e.toLowerCase(Locale.ROOT));
            }
        }
        String nhs = v.get(CanonicalColumn.NHS_NUMBER);
        if (nhs != null) {
            if (!NhsNumber.isValid(nhs)) {
                errors.add(new RowError(row, "nhs_number", nhs, "must be a valid 10-digit NHS number (the last digit is a check digit)"));
            }
            nhs = NhsNumber.normalise(nhs);
        }
        String upn = upper(v.get(CanonicalColumn.UPN));
        if (upn != null && !UPN.matcher(upn).matches()) {
            errors.add(new RowError(row, "upn", v.get(CanonicalColumn.UPN), "must be a unique pupil number: a letter then 12 characters, such as A123456789012"));
        }
        String pnc = upper(v.get(CanonicalColumn.PNC_ID));
        if (pnc != null && !PNC.matcher(pnc).matches()) {
            errors.add(new RowError(row, "pnc_id", v.get(CanonicalColumn.PNC_ID), "must be a PNC id such as 05/123456A"));
        }
        LocalDate firstKnown = date(row, v, CanonicalColumn.FIRST_KNOWN, errors);
        LocalDate addressFrom = date(row, v, CanonicalColumn.ADDRESS_FROM, errors);
        List<Name> names = new ArrayList<>();
        names.add(new Name(NameKind.PRIMARY, given, family));
        for (String alias : split(v.get(CanonicalColumn.ALIASES))) {
            names.add(Name.ofFull(NameKind.ALIAS, alias));
        }
        for (String knownAs : split(v.get(CanonicalColumn.KNOWN_AS))) {
            names.add(Name.ofFull(NameKind.KNOWN_AS, knownAs));
        }
        if (!errors.isEmpty()) {
            return new Result(null, List.copyOf(errors));
        }
        String addressLine = v.get(CanonicalColumn.ADDRESS);
        List<Address> addresses = addressLine == null && postcode == null
                ? List.of() : List.of(new Address(addressLine, postcode, addressFrom, null));
        String sourceSystem = v.getOrDefault(CanonicalColumn.SOURCE_SYSTEM, defaultSourceSystem);
        return new Result(new IncomingPerson(agencyId, sourceSystem, sourceId, names, dob, sex, ethnicity,
                v.get(CanonicalColumn.NATIONALITY), addresses, phones, emails, nhs, upn, pnc, firstKnown), List.of());
    }

    /**
     * The rules every value meets before its own: no more than its column's documented number of characters, one
     * line (only the address may hold line breaks), and a name or address does not start with =, +, - or @, which
     * spreadsheets run as a formula. A value that breaks one is reported once and left out of the other checks.
     */
    private static Map<CanonicalColumn, String> textRules(int row, Map<CanonicalColumn, String> values, List<RowError> errors) {
        Map<CanonicalColumn, String> kept = new EnumMap<>(CanonicalColumn.class);
        for (Map.Entry<CanonicalColumn, String> e : values.entrySet()) {
            CanonicalColumn c = e.getKey();
            String value = e.getValue();
            int length = value.codePointCount(0, value.length());
            int forbidden = FieldText.firstForbidden(value);
            if (length > c.maxLength()) {
                errors.add(new RowError(row, c.header(), FieldText.shown(value), String.format(Locale.UK,
                        "is %,d characters long; %s may have at most %,d characters", length, c.header(), c.maxLength())));
            } else if (forbidden >= 0) {
                errors.add(new RowError(row, c.header(), FieldText.shown(value), "contains the "
                        + FieldText.describe(value, forbidden) + "; remove it"));
            } else if (c != CanonicalColumn.ADDRESS && FieldText.hasLineBreak(value)) {
                errors.add(new RowError(row, c.header(), FieldText.shown(value), "must be on one line: it contains a line break"));
            } else if (FORMULA_CHECKED.contains(c) && "=+-@".indexOf(value.charAt(0)) >= 0) {
                errors.add(new RowError(row, c.header(), value, "must not start with =, +, - or @, which make a spreadsheet "
                        + "run the value as a formula"));
            } else {
                kept.put(c, value);
            }
        }
        return kept;
    }

    private LocalDate date(int row, Map<CanonicalColumn, String> v, CanonicalColumn column, List<RowError> errors) {
        String raw = v.get(column);
        if (raw == null) {
            return null;
        }
        for (DateTimeFormatter f : DATE_FORMATS) {
            try {
                LocalDate d = LocalDate.parse(raw, f);
                if (d.isAfter(today)) {
                    errors.add(new RowError(row, column.header(), raw, "must not be in the future"));
                    return null;
                }
                return d;
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        errors.add(new RowError(row, column.header(), raw, "must be a real date written YYYY-MM-DD (or DD/MM/YYYY)"));
        return null;
    }

    static String postcode(String raw) {
        String p = raw.trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
        var m = POSTCODE.matcher(p);
        return m.matches() ? m.group(1) + " " + m.group(2) : null;
    }

    private static String upper(String s) {
        return s == null ? null : s.trim().toUpperCase(Locale.ROOT);
    }

    private static List<String> split(String multi) {
        if (multi == null) {
            return List.of();
        }
        return Arrays.stream(multi.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
