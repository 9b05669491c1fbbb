package org.interstice;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Made-up names of random syllables for test persons who must stay distinct from every other test's persons. A name
 * tagged with hex digits ("Suspect 4ca261a7") is not one: names are compared without their digits, so two such
 * suspects became "suspect ca a" and "suspect b f e", whose family names sound alike, and resolution rightly joined
 * them. Two names from here differ in both parts.
 */
public final class MadeUpNames {

    private static final String CONSONANTS = "bcdfghjklmnprstvwz";
    private static final String VOWELS = "aeiou";

    private MadeUpNames() {
    }

    /** A given name and a family name, each of random syllables ("Kobera Tisumawe"). */
    public static String person() {
        return word(3) + " " + word(4);
    }

    /** One capitalised word of {@code syllables} random consonant-vowel syllables. */
    public static String word(int syllables) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            name.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length()))).append(VOWELS.charAt(random.nextInt(VOWELS.length())));
        }
        name.setCharAt(0, Character.toUpperCase(name.charAt(0)));
        return name.toString();
    }
}
