package org.interstice.linkage.synth;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates households of people: single adults, couples, families with children (siblings share the family name,
 * address and postcode; twins also share the date of birth), lone parents and three-generation households.
 * Naming customs follow the household's naming group (married names, Polish feminine surnames, Somali patronymics,
 * Bangladeshi "Begum"), and households have moved house now and then.
 */
final class Households {

    /** Ages and dates are relative to this fixed date, never to the clock, so output depends only on the seed. */
    static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 1, 1);

    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
    private static final String[] EMAIL_DOMAINS = {"gmail.com", "gmail.com", "gmail.com", "gmail.com", "hotmail.co.uk",
        "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "live.co.uk", "btinternet.com",
        "googlemail.com", "aol.com", "sky.com"};

    private final Tables tables = Tables.get();
    private final IdentifierSource ids;

    Households(long seed) {
        this.ids = new IdentifierSource(seed);
    }

    /** A mutable draft of one member before identifiers are issued. */
    private static final class Draft {
        Tables.Group group;
        char sex;
        String given;
        String family;
        String altFamily;
        LocalDate dob;
        boolean child;
        Draft parent;
    }

    /** Generates one household, numbering its members from {@code firstIndex}. */
    List<Person> household(SplittableRandom rng, long firstIndex) {
        Tables.Group group = tables.groups.pick(rng);
        Tables.Place place = tables.placesByGroup.get(group.name()).pick(rng);
        Home home = newHome(rng, place);
        Home previous = null;
        if (rng.nextDouble() < 0.22) {
            Tables.Place from = rng.nextDouble() < 0.7 ? place : tables.placesByGroup.get(group.name()).pick(rng);
            previous = newHome(rng, from);
        }
        List<Draft> members = new ArrayList<>();
        double type = rng.nextDouble();
        if (type < 0.27) {
            members.add(adult(rng, group, rng.nextDouble() < 0.5 ? 'M' : 'F', singleAge(rng), null));
        } else if (type < 0.47) {
            couple(rng, group, members, 20 + rng.nextInt(66));
        } else if (type < 0.80) {
            family(rng, group, members, false, false);
        } else if (type < 0.95) {
            family(rng, group, members, true, false);
        } else {
            family(rng, group, members, false, true);
        }
        return finish(rng, members, home, previous, firstIndex);
    }

    private int singleAge(SplittableRandom rng) {
        double band = rng.nextDouble();
        if (band < 0.32) {
            return 18 + rng.nextInt(12);
        } else if (band < 0.62) {
            return 30 + rng.nextInt(15);
        } else if (band < 0.85) {
            return 45 + rng.nextInt(20);
        }
        return 65 + rng.nextInt(27);
    }

    private LocalDate dobForAge(SplittableRandom rng, int age) {
        return REFERENCE_DATE.minusYears(age).minusDays(1 + rng.nextInt(365));
    }

    private Draft adult(SplittableRandom rng, Tables.Group group, char sex, int age, String family) {
        Draft d = new Draft();
        d.group = group;
        d.sex = sex;
        d.dob = dobForAge(rng, age);
        d.given = group.forenames(sex, d.dob.getYear()).pick(rng);
        d.family = family != null ? family : birthSurname(rng, group, sex);
        return d;
    }

    private String birthSurname(SplittableRandom rng, Tables.Group group, char sex) {
        if (group.name().equals("somali")) {
            // Somali names are patronymic: the "surname" is the father's forename.
            return tables.groupsByName.get("somali").maleOld().pick(rng);
        }
        return genderedSurname(group, tables.surname(group, rng), sex);
    }

    private static String genderedSurname(Tables.Group group, String surname, char sex) {
        if (sex == 'F' && group.name().equals("polish")) {
            if (surname.endsWith("ski") || surname.endsWith("cki") || surname.endsWith("dzki")) {
                return surname.substring(0, surname.length() - 1) + "a";
            }
        }
        return surname;
    }

    /** A man and a woman (mixed naming groups sometimes); returns the pair as [man, woman]. */
    private Draft[] couple(SplittableRandom rng, Tables.Group group, List<Draft> members, int womanAge) {
        Tables.Group otherGroup = rng.nextDouble() < 0.1 ? tables.groups.pick(rng) : group;
        boolean manFirst = rng.nextBoolean();
        Tables.Group manGroup = manFirst ? group : otherGroup;
        Tables.Group womanGroup = manFirst ? otherGroup : group;
        // the man is usually a little older: 2 years on average, -6..+10 (integer arithmetic keeps output portable)
        int manAge = Math.max(18, womanAge + 2 + (rng.nextInt(9) - 4) + (rng.nextInt(9) - 4));
        Draft man = adult(rng, manGroup, 'M', manAge, null);
        Draft woman = adult(rng, womanGroup, 'F', womanAge, null);
        boolean married = rng.nextDouble() < 0.6;
        double takesName = switch (manGroup.name()) {
            case "somali", "chinese", "arab" -> 0.0;
            case "pakistani", "bangladeshi" -> 0.5;
            default -> 0.85;
        };
        if (married && rng.nextDouble() < takesName) {
            woman.altFamily = woman.family;
            woman.family = genderedSurname(manGroup, man.family, 'F');
        }
        if (womanGroup.name().equals("bangladeshi") && rng.nextDouble() < 0.45) {
            woman.altFamily = woman.family;
            woman.family = rng.nextDouble() < 0.8 ? "Begum" : "Khatun";
        } else if (womanGroup.name().equals("pakistani") && rng.nextDouble() < 0.2) {
            woman.altFamily = woman.family;
            woman.family = "Bibi";
        }
        members.add(man);
        members.add(woman);
        return new Draft[] {man, woman};
    }

    private void family(SplittableRandom rng, Tables.Group group, List<Draft> members, boolean lone,
                        boolean threeGenerations) {
        int children = childCount(rng, group);
        int youngest = (int) (StrictMath.pow(rng.nextDouble(), 1.3) * 17);
        int[] ages = new int[children];
        boolean[] twinOfPrevious = new boolean[children];
        int age = youngest;
        for (int i = children - 1; i >= 0; i--) {
            ages[i] = age;
            if (i > 0) {
                double twin = rng.nextDouble();
                if (twin < 0.06) {
                    twinOfPrevious[i] = true;
                } else {
                    age += 1 + rng.nextInt(5);
                }
            }
        }
        int eldest = ages[0];
        int motherAge = eldest + 19 + rng.nextInt(20);
        Draft mother;
        Draft father = null;
        if (lone) {
            if (rng.nextDouble() < 0.88) {
                mother = adult(rng, group, 'F', motherAge, null);
            } else {
                mother = adult(rng, group, 'M', motherAge + 2, null); // a lone father
            }
            members.add(mother);
        } else {
            Draft[] pair = couple(rng, group, members, motherAge);
            father = pair[0];
            mother = pair[1];
        }
        // The children's family name
        String childFamily;
        String childAlt = null;
        Tables.Group childGroup = father != null && rng.nextBoolean() ? father.group : mother.group;
        if (father != null) {
            boolean sharesName = mother.family.equals(genderedSurname(mother.group, father.family, 'F'));
            if (childGroup.name().equals("somali") || father.group.name().equals("somali")) {
                childFamily = father.given;
            } else if (sharesName || rng.nextDouble() < 0.65) {
                childFamily = father.family;
                if (!sharesName && rng.nextDouble() < 0.4) {
                    childAlt = mother.family;
                }
            } else if (rng.nextDouble() < 0.6) {
                childFamily = mother.family;
                childAlt = father.family;
            } else {
                childFamily = mother.family + "-" + father.family;
            }
        } else if (mother.sex == 'F' && rng.nextDouble() < 0.55) {
            // Children carry an absent father's surname; some agencies know them by their mother's.
            childFamily = birthSurname(rng, childGroup, 'M');
            if (rng.nextDouble() < 0.5) {
                childAlt = mother.family;
            }
        } else {
            childFamily = mother.family;
        }
        Set<String> taken = new HashSet<>();
        taken.add(mother.given);
        if (father != null) {
            taken.add(father.given);
        }
        LocalDate previousDob = null;
        String previousName = null;
        for (int i = 0; i < children; i++) {
            Draft c = new Draft();
            c.group = childGroup;
            c.child = true;
            c.parent = mother.sex == 'F' ? mother : father;
            c.sex = rng.nextBoolean() ? 'M' : 'F';
            if (twinOfPrevious[i] && previousDob != null) {
                c.dob = previousDob;
            } else {
                c.dob = dobForAge(rng, ages[i]);
            }
            c.given = childName(rng, c, twinOfPrevious[i] ? previousName : null, taken);
            taken.add(c.given);
            String base = genderedSurname(childGroup, childFamily, c.sex);
            if (childGroup.name().equals("bangladeshi") && c.sex == 'F' && rng.nextDouble() < 0.3) {
                c.family = rng.nextDouble() < 0.7 ? "Begum" : "Khatun";
                c.altFamily = base;
            } else {
                c.family = base;
                c.altFamily = childAlt == null ? null : genderedSurname(childGroup, childAlt, c.sex);
            }
            members.add(c);
            previousDob = c.dob;
            previousName = c.given;
        }
        if (threeGenerations) {
            Draft grandmother = adult(rng, mother.group, 'F', Math.min(95, motherAge + 20 + rng.nextInt(12)),
                    mother.altFamily != null ? mother.altFamily : mother.family);
            members.add(grandmother);
        }
    }

    private int childCount(SplittableRandom rng, Tables.Group group) {
        double r = rng.nextDouble();
        int n = r < 0.38 ? 1 : r < 0.75 ? 2 : r < 0.91 ? 3 : r < 0.97 ? 4 : 5;
        String g = group.name();
        if ((g.equals("pakistani") || g.equals("bangladeshi") || g.equals("somali")) && rng.nextDouble() < 0.35) {
            n++;
        }
        return n;
    }

    /** A forename unused in the family; a twin's name often starts with the same letter as the other twin's. */
    private String childName(SplittableRandom rng, Draft c, String twinName, Set<String> taken) {
        Weighted<String> names = c.group.forenames(c.sex, c.dob.getYear());
        boolean alliterate = twinName != null && rng.nextDouble() < 0.35;
        String fallback = null;
        for (int attempt = 0; attempt < 60; attempt++) {
            String name = names.pick(rng);
            if (taken.contains(name)) {
                continue;
            }
            if (fallback == null) {
                fallback = name;
            }
            if (!alliterate || name.charAt(0) == twinName.charAt(0)) {
                return name;
            }
        }
        if (fallback != null) {
            return fallback;
        }
        for (String name : names.items()) {
            if (!taken.contains(name)) {
                return name;
            }
        }
        return names.pick(rng);
    }

    private Home newHome(SplittableRandom rng, Tables.Place place) {
        boolean london = place.city().equals("London");
        String flat = rng.nextDouble() < (london ? 0.45 : 0.18) ? Integer.toString(1 + rng.nextInt(40)) : null;
        int number = 1 + (int) (StrictMath.pow(rng.nextDouble(), 1.8) * 220);
        String street = tables.streetNames.get(rng.nextInt(tables.streetNames.size()));
        String type = tables.streetTypes.pick(rng);
        String outward = place.outwards().get(rng.nextInt(place.outwards().size()));
        String inward = "" + (1 + rng.nextInt(9)) + INWARD_LETTERS.charAt(rng.nextInt(INWARD_LETTERS.length()))
                + INWARD_LETTERS.charAt(rng.nextInt(INWARD_LETTERS.length()));
        return new Home(flat, number, street, type, place, outward, inward);
    }

    /** Issues identifiers, phones and emails, and freezes the drafts into people. */
    private List<Person> finish(SplittableRandom rng, List<Draft> drafts, Home home, Home previous, long firstIndex) {
        List<Person> people = new ArrayList<>(drafts.size());
        String[] phones = new String[drafts.size()];
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            int age = java.time.Period.between(d.dob, REFERENCE_DATE).getYears();
            long index = firstIndex + i;
            boolean hasPhone = age >= 18 ? rng.nextDouble() < 0.93 : age >= 12 && rng.nextDouble() < 0.75;
            phones[i] = hasPhone ? ids.mobile(index, rng) : null;
        }
        String householdPhone = null;
        for (int i = 0; i < drafts.size(); i++) {
            if (!drafts.get(i).child && phones[i] != null) {
                householdPhone = phones[i];
                if (drafts.get(i).sex == 'F') {
                    break;
                }
            }
        }
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            long index = firstIndex + i;
            int age = java.time.Period.between(d.dob, REFERENCE_DATE).getYears();
            String knownAs = null;
            List<String> nicknames = tables.knownAs.get(d.given);
            if (nicknames != null && rng.nextDouble() < Math.max(0.35, d.group.knownAsRate())) {
                knownAs = nicknames.get(rng.nextInt(nicknames.size()));
            }
            String nhs = rng.nextDouble() < 0.97 ? ids.nhsNumber(index, rng) : null;
            String upn = null;
            if (age >= 4 && age <= 19 && home.place().issuesUpns() && rng.nextDouble() < 0.96) {
                upn = ids.upn(index, home.place().la(), d.dob.getYear() + 4 + rng.nextInt(2));
            }
            String pnc = null;
            double pncRate = age >= 18 ? (d.sex == 'M' ? 0.16 : 0.06) : age >= 10 ? 0.04 : 0.0;
            if (rng.nextDouble() < pncRate) {
                int from = Math.max(d.dob.getYear() + 10, 1980);
                int to = REFERENCE_DATE.getYear() - 1;
                pnc = ids.pncId(index, from >= to ? to : from + rng.nextInt(to - from + 1));
            }
            String contact = phones[i] != null ? phones[i] : (age < 16 ? householdPhone : null);
            String email = null;
            if (age >= 18 ? rng.nextDouble() < 0.82 : age >= 13 && rng.nextDouble() < 0.45) {
                email = email(rng, d, index);
            }
            people.add(new Person(index, truthId(index), d.group.name(), d.sex, d.given, knownAs, d.family,
                    d.altFamily, d.dob, home, previous, phones[i], contact, email, nhs, upn, pnc));
        }
        return people;
    }

    static String truthId(long index) {
        return "P" + IdentifierSource.pad(index + 1, 7);
    }

    private String email(SplittableRandom rng, Draft d, long index) {
        String g = asciiLower(d.given).replaceAll("[^a-z]", "");
        String f = asciiLower(d.family).replaceAll("[^a-z]", "");
        String local = switch (rng.nextInt(7)) {
            case 0 -> g + "." + f;
            case 1 -> g + f;
            case 2 -> g.charAt(0) + f;
            case 3 -> g.charAt(0) + "." + f;
            case 4 -> g + "_" + f;
            case 5 -> f + "." + g;
            default -> g + IdentifierSource.pad(d.dob.getYear() % 100, 2);
        };
        long tag = (index * 7919L + 13) % 1000;
        if (rng.nextDouble() < 0.65) {
            local += tag;
        }
        return local + "@" + EMAIL_DOMAINS[rng.nextInt(EMAIL_DOMAINS.length)];
    }

    static String asciiLower(String s) {
        return ascii(s).toLowerCase(Locale.ROOT);
    }

    /** Strips diacritics as most agency systems do (Paweł becomes Pawel, Ștefan becomes Stefan). */
    static String ascii(String s) {
        String replaced = s.replace('ł', 'l').replace('Ł', 'L');
        String decomposed = Normalizer.normalize(replaced, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char ch = decomposed.charAt(i);
            if (Character.getType(ch) != Character.NON_SPACING_MARK) {
                sb.append(ch);
            }
        }
        return sb.toString();
    }
}
