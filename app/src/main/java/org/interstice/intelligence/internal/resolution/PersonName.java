package org.interstice.intelligence.internal.resolution;

import org.interstice.linkage.NameAgreement;

/**
 * A name as the linkage engine holds it: a given name and, when more than one word was given, a family name (the last
 * word). A lone name ("Taz", "Tariq") has no family name.
 */
public record PersonName(String given, String family) {

    public static PersonName parse(String raw) {
        String n = NameAgreement.normalise(raw);
        if (n == null) return new PersonName(null, null);
        String[] t = n.split(" ");
        return t.length == 1 ? new PersonName(t[0], null) : new PersonName(t[0], t[t.length - 1]);
    }

    public boolean present() { return given != null; }

    public boolean full() { return given != null && family != null; }

    public String givenKey() { return given == null ? null : NameAgreement.phoneticKey(given); }

    public String familyKey() { return family == null ? null : NameAgreement.phoneticKey(family); }
}
