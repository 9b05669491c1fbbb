package org.interstice.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One agency's record of a person as it arrives (from an extract or typed by hand), already validated.
 * Identified by agency and source id; {@link #contentHash()} tells a changed record from a repeated one.
 */
public record IncomingPerson(UUID agencyId, String sourceSystem, String sourceId, List<Name> names,
                             LocalDate dateOfBirth, String sex, String ethnicity, String nationality,
                             List<Address> addresses, List<String> phones, List<String> emails,
                             String nhsNumber, String upn, String pncId, LocalDate firstKnown) {

    public enum NameKind { PRIMARY, ALIAS, KNOWN_AS }

    public record Name(NameKind kind, String given, String family) {

        /** A name written whole: the last word is the family name; a single word is taken as a given name. */
        public static Name ofFull(NameKind kind, String full) {
            String f = full.trim();
            int space = f.lastIndexOf(' ');
            return space < 0 ? new Name(kind, f, null)
                    : new Name(kind, f.substring(0, space).trim(), f.substring(space + 1).trim());
        }
    }

    public record Address(String line, String postcode, LocalDate from, LocalDate to) {
    }

    public IncomingPerson {
        Objects.requireNonNull(agencyId, "agency");
        Objects.requireNonNull(sourceId, "source id");
        names = names == null ? List.of() : List.copyOf(names);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        phones = phones == null ? List.of() : List.copyOf(phones);
        emails = emails == null ? List.of() : List.copyOf(emails);
    }

    public Name primaryName() {
        return names.stream().filter(n -> n.kind() == NameKind.PRIMARY).findFirst()
                .orElse(names.isEmpty() ? new Name(NameKind.PRIMARY, null, null) : names.get(0));
    }

    public Address currentAddress() {
        return addresses.stream().filter(a -> a.to() == null).findFirst()
                .orElse(addresses.isEmpty() ? null : addresses.get(0));
    }

    /** SHA-256 over every value, so an unchanged row re-sent in a later extract is recognised and skipped. */
    public String contentHash() {
        StringBuilder s = new StringBuilder();
        s.append(sourceSystem).append('\u001f');
        names.forEach(n -> s.append(n.kind()).append('|').append(n.given()).append('|').append(n.family()).append('\u001f'));
        s.append(dateOfBirth).append('\u001f').append(sex).append('\u001f').append(ethnicity).append('\u001f')
                .append(nationality).append('\u001f');
        addresses.forEach(a -> s.append(a.line()).append('|').append(a.postcode()).append('|').append(a.from())
                .append('|').append(a.to()).append('\u001f'));
        s.append(phones).append('\u001f').append(emails).append('\u001f').append(nhsNumber).append('\u001f')
                .append(upn).append('\u001f').append(pncId).append('\u001f').append(firstKnown);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(s.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
