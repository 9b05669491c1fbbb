package org.interstice.intelligence.internal.resolution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import org.interstice.linkage.NameAgreement;

/**
 * A name as the linkage engine holds it: a given name and, when more than one word was given, a family name (the last
 * word). A lone name ("Taz", "Tariq") has no family name. A given name of two words ("Ka Wai", ADR 0085) is one given
 * name: "Ka Wai" alone has no family name, and "Ka Wai Chan" is Ka Wai of the Chan family. So is "Abdul Rahman" (and
 * "Abu Bakr") when a family name follows it ("Abdul Rahman Khan"); "Abdul Khan" is Abdul of the Khan family.
 */
public record PersonName(String given, String family) {

    private static final Set<String> COMPOUND_GIVEN = compounds();
    private static final Set<String> ARABIC_FIRST_PARTS = Set.of("abdul", "abdel", "abd", "abu");

    public static PersonName parse(String raw) {
        String n = NameAgreement.normalise(raw);
        if (n == null) return new PersonName(null, null);
        String[] t = n.split(" ");
        if (t.length == 1) return new PersonName(t[0], null);
        String two = t[0] + " " + t[1];
        if (COMPOUND_GIVEN.contains(two)) return new PersonName(two, t.length == 2 ? null : t[t.length - 1]);
        if (t.length >= 3 && ARABIC_FIRST_PARTS.contains(t[0])) return new PersonName(two, t[t.length - 1]);
        return new PersonName(t[0], t[t.length - 1]);
    }

    public boolean present() { return given != null; }

    public boolean full() { return given != null && family != null; }

    public String givenKey() { return given == null ? null : NameAgreement.phoneticKey(given); }

    public String familyKey() { return family == null ? null : NameAgreement.phoneticKey(family); }

    private static Set<String> compounds() {
        try (var in = PersonName.class.getResourceAsStream("/org/interstice/intelligence/compound-given-names.txt")) {
            if (in == null) throw new IllegalStateException("compound-given-names.txt is missing from the application");
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(NameAgreement::normalise).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
