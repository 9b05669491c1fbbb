package org.interstice.intelligence.internal.resolution;

/** Test support: a name made as common among the persons held as "Mohammed Khan" is, so that it alone says little. */
final class CommonNames {

    private CommonNames() {
    }

    /** Counts 500 more persons holding each part of {@code name} (and its sound); answers the name. */
    static String make(HeldNameFrequencies frequencies, String name) {
        NameFrequencies f = frequencies.current();
        PersonName n = PersonName.parse(name);
        for (int i = 0; i < 500; i++) {
            f.add(NameFrequencies.Part.GIVEN, n.given());
            f.add(NameFrequencies.Part.GIVEN_SOUND, n.givenKey());
            f.add(NameFrequencies.Part.FAMILY, n.family());
            f.add(NameFrequencies.Part.FAMILY_SOUND, n.familyKey());
        }
        return name;
    }
}
