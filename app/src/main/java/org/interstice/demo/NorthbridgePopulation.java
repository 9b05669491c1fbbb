package org.interstice.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.datafaker.Faker;
import org.interstice.identity.NhsNumber;

/**
 * A seeded synthetic population of Northbridge and the copies of it each agency holds, with the duplication and
 * errors real extracts have: households sharing surname, address and phone; twins; nicknames and misspellings;
 * day and month swapped; missing values; police upper case; an agency holding the same person twice; and the odd
 * mis-keyed NHS number (which fails its check digit and is refused at import).
 */
final class NorthbridgePopulation {

    /** One agency's copy of one person, as text in the canonical extract columns. */
    record Row(String recordId, String agency, String givenName, String familyName, String dob, String sex,
               String postcode, String address, String phone, String email, String nhsNumber, String upn, String pncId,
               String truthId) {
    }

    private record Person(String id, String given, String family, LocalDate dob, char sex, String postcode,
                          String address, String phone, String email, String nhs, String upn, String pnc) {
    }

    private static final String[][] NICKNAMES = {{"William", "Bill"}, {"Robert", "Bob"}, {"Elizabeth", "Beth"},
        {"Katherine", "Kate"}, {"Thomas", "Tom"}, {"Alexander", "Alex"}, {"Jessica", "Jess"}, {"Samuel", "Sam"},
        {"Mohammed", "Muhammad"}, {"Jonathan", "Jon"}, {"Rebecca", "Becky"}, {"Daniel", "Dan"}, {"Olivia", "Liv"}};
    private static final String[] STREETS = {"Canal Street", "Mill Lane", "Foundry Road", "Ropewalk Court",
        "Station Road", "Victoria Terrace", "Chapel Street", "Park View", "Weavers Close", "High Street"};
    private static final String[] AGENCIES = {"CHILDRENS_SOCIAL_CARE", "EDUCATION", "HEALTH", "POLICE",
        "YOUTH_JUSTICE", "VOLUNTARY", "LICENSING"};

    private final Random random;
    private final Faker faker;
    private final LocalDate today;
    private int recordNo;

    NorthbridgePopulation(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.faker = new Faker(Locale.UK, new Random(seed + 1));
        this.today = today;
    }

    List<Row> rows(int people) {
        List<Row> rows = new ArrayList<>();
        int made = 0;
        while (made < people) {
            List<Person> household = household("P" + made);
            for (Person p : household) {
                copies(p, rows);
            }
            made += household.size();
        }
        return rows;
    }

    private List<Person> household(String idPrefix) {
        String family = faker.name().lastName();
        String postcode = "NB" + (1 + random.nextInt(9)) + " " + (1 + random.nextInt(9))
                + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
        String address = (1 + random.nextInt(120)) + " " + STREETS[random.nextInt(STREETS.length)] + ", Northbridge";
        String phone = "07700 9" + String.format("%05d", random.nextInt(100000));
        List<Person> members = new ArrayList<>();
        int children = 1 + random.nextInt(3);
        LocalDate previous = null;
        for (int c = 0; c < children; c++) {
            boolean twin = previous != null && random.nextDouble() < 0.06;
            LocalDate dob = twin ? previous : today.minusDays(365L * 4 + random.nextInt(365 * 14));
            members.add(person(idPrefix + "-" + c, family, dob, postcode, address, phone, true));
            previous = dob;
        }
        if (random.nextDouble() < 0.7) {
            members.add(person(idPrefix + "-a", family, today.minusDays(365L * 25 + random.nextInt(365 * 25)), postcode,
                    address, phone, false));
        }
        return members;
    }

    private Person person(String id, String family, LocalDate dob, String postcode, String address, String phone,
                          boolean child) {
        char sex = random.nextBoolean() ? 'F' : 'M';
        String given = faker.name().firstName();
        String email = given.toLowerCase(Locale.ROOT) + "." + family.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "")
                + random.nextInt(100) + "@example.org";
        String upn = child ? (char) ('A' + random.nextInt(26)) + String.format("%012d", (long) (random.nextDouble() * 1e12)) : "";
        String pnc = random.nextDouble() < (child ? 0.1 : 0.3)
                ? String.format("%02d/%06d%c", random.nextInt(25), random.nextInt(1000000), (char) ('A' + random.nextInt(26))) : "";
        return new Person(id, given, family, dob, sex, postcode, address, child ? phone : "07700 9" + String.format("%05d",
                random.nextInt(100000)), email, NhsNumber.synthetic(random), upn, pnc);
    }

    private void copies(Person p, List<Row> rows) {
        boolean child = !p.upn().isEmpty();
        for (String agency : AGENCIES) {
            double chance = switch (agency) {
                case "HEALTH" -> 0.55;
                case "EDUCATION" -> child ? 0.5 : 0.0;
                case "CHILDRENS_SOCIAL_CARE" -> child ? 0.3 : 0.12;
                case "POLICE" -> p.pnc().isEmpty() ? 0.08 : 0.9;
                case "YOUTH_JUSTICE" -> child && !p.pnc().isEmpty() ? 0.6 : 0.0;
                case "VOLUNTARY" -> 0.07;
                default -> child ? 0.0 : 0.06;
            };
            if (random.nextDouble() < chance) {
                rows.add(copy(p, agency));
                if (random.nextDouble() < 0.04) {
                    rows.add(copy(p, agency)); // the agency holds the same person twice
                }
            }
        }
    }

    private Row copy(Person p, String agency) {
        recordNo++;
        String given = p.given();
        String family = p.family();
        double r = random.nextDouble();
        if (r < 0.05) {
            given = nickname(given);
        } else if (r < 0.09) {
            given = typo(given);
        } else if (r < 0.12) {
            family = typo(family);
        }
        LocalDate dob = p.dob();
        double d = random.nextDouble();
        String dobText;
        if (d < 0.03 && dob.getDayOfMonth() <= 12) {
            dobText = LocalDate.of(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue()).toString();
        } else if (d < 0.05) {
            dobText = dob.plusYears(random.nextBoolean() ? 1 : -1).toString();
        } else if (d < 0.08) {
            dobText = "";
        } else {
            dobText = dob.toString();
        }
        boolean police = agency.equals("POLICE");
        String nhs = switch (agency) {
            case "HEALTH" -> random.nextDouble() < 0.95 ? p.nhs() : "";
            case "CHILDRENS_SOCIAL_CARE", "YOUTH_JUSTICE" -> random.nextDouble() < 0.4 ? p.nhs() : "";
            default -> "";
        };
        if (!nhs.isEmpty() && random.nextDouble() < 0.01) {
            nhs = nhs.substring(0, 9) + ((nhs.charAt(9) - '0' + 1) % 10); // mis-keyed: fails the check digit
        }
        String postcode = random.nextDouble() < 0.1 ? p.postcode().replace(" ", "").toLowerCase(Locale.ROOT) : p.postcode();
        return new Row("R" + String.format("%07d", recordNo), agency,
                police ? given.toUpperCase(Locale.UK) : given, police ? family.toUpperCase(Locale.UK) : family, dobText,
                random.nextDouble() < 0.05 ? "" : String.valueOf(p.sex()), random.nextDouble() < 0.05 ? "" : postcode,
                random.nextDouble() < 0.1 ? "" : p.address(), random.nextDouble() < 0.5 ? p.phone() : "",
                random.nextDouble() < 0.2 ? p.email() : "", nhs,
                agency.equals("EDUCATION") || agency.equals("CHILDRENS_SOCIAL_CARE") && random.nextBoolean() ? p.upn() : "",
                police || agency.equals("YOUTH_JUSTICE") ? p.pnc() : "", p.id());
    }

    private String nickname(String given) {
        for (String[] pair : NICKNAMES) {
            if (pair[0].equalsIgnoreCase(given)) {
                return pair[1];
            }
        }
        return given;
    }

    private String typo(String name) {
        if (name.length() < 4) {
            return name;
        }
        int i = 1 + random.nextInt(name.length() - 2);
        char[] c = name.toCharArray();
        char t = c[i];
        c[i] = c[i + 1];
        c[i + 1] = t;
        return new String(c);
    }
}
