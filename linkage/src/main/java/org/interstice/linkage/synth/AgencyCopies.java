package org.interstice.linkage.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The error model: turns one person into the 1..7 records that agencies hold of them (skewed: most people are known
 * to one or two agencies), each with the mistakes and gaps real records have: typing errors, nicknames and
 * known-as names, spelling variants (Mohammed/Muhammad), diacritics dropped, forename-surname swaps, previous or
 * maiden surnames, day-month swaps and mis-keyed dates, missing fields, old addresses after a move, formatting
 * differences in postcodes, phones and identifiers, and the odd mis-keyed identifier.
 */
final class AgencyCopies {

    private static final double[] COPIES = {0.38, 0.27, 0.17, 0.09, 0.05, 0.025, 0.015};
    private static final Agency[] AGENCIES = Agency.values();

    private final Tables tables = Tables.get();

    List<SyntheticRecord> copies(Person p, SplittableRandom rng) {
        int age = p.ageAt(Households.REFERENCE_DATE);
        int n = copyCount(rng) + (age < 18 && rng.nextDouble() < 0.3 ? 1 : 0);
        boolean parentAge = age >= 18 && age <= 60;
        double[] weights = new double[AGENCIES.length];
        double total = 0;
        for (int i = 0; i < AGENCIES.length; i++) {
            weights[i] = AGENCIES[i].weightFor(age, parentAge);
            total += weights[i];
        }
        List<SyntheticRecord> out = new ArrayList<>(n);
        for (int c = 0; c < n; c++) {
            double x = rng.nextDouble() * total;
            int a = 0;
            while (a < AGENCIES.length - 1 && x >= weights[a]) {
                x -= weights[a];
                a++;
            }
            out.add(copy(p, AGENCIES[a], age, rng));
        }
        return out;
    }

    private static int copyCount(SplittableRandom rng) {
        double x = rng.nextDouble();
        for (int i = 0; i < COPIES.length; i++) {
            x -= COPIES[i];
            if (x < 0) {
                return i + 1;
            }
        }
        return COPIES.length;
    }

    SyntheticRecord copy(Person p, Agency a, int age, SplittableRandom rng) {
        double f = a.errorFactor;
        Tables.Group group = tables.groupsByName.get(p.group());
        boolean ascii = rng.nextDouble() < (a == Agency.HEALTH ? 0.5 : 0.85);

        String given = givenName(p, a, rng, f);
        String family = familyName(p, rng, f);
        if (ascii) {
            given = Households.ascii(given);
            family = Households.ascii(family);
        }
        if (rng.nextDouble() < group.swapRate() * f) {
            String t = given;
            given = family;
            family = t;
        }
        if (rng.nextDouble() < a.upperCaseSurname) {
            family = family.toUpperCase(Locale.ROOT);
            if (rng.nextDouble() < 0.3) {
                given = given.toUpperCase(Locale.ROOT);
            }
        }
        if (rng.nextDouble() > a.given) {
            given = "";
        }
        if (rng.nextDouble() > a.family) {
            family = "";
        }

        String dob = rng.nextDouble() < a.dob ? dateOfBirth(p.dob(), rng, f) : "";
        String sex = "";
        if (rng.nextDouble() < a.sex) {
            char s = rng.nextDouble() < 0.003 * f ? (p.sex() == 'M' ? 'F' : 'M') : p.sex();
            sex = a == Agency.HEALTH ? (s == 'M' ? "Male" : "Female") : String.valueOf(s);
        }

        String postcode = "";
        String address = "";
        String city = "";
        if (rng.nextDouble() < a.address) {
            Home home = p.previousHome() != null && rng.nextDouble() < 0.35 ? p.previousHome() : p.home();
            postcode = rng.nextDouble() < 0.97 ? postcode(home, rng, f) : "";
            address = addressLine(home, rng, f, a);
            if (rng.nextDouble() < a.city / a.address) {
                city = home.place().city();
                if (rng.nextDouble() < 0.3) {
                    city = shortCity(city);
                }
                if (rng.nextDouble() < 0.01 * f) {
                    city = Typos.typo(city, rng);
                }
            }
        }

        String phone = "";
        String knownPhone = (a == Agency.POLICE || a == Agency.LICENSING) ? p.phone() : p.contactPhone();
        if (knownPhone != null && rng.nextDouble() < a.phone) {
            phone = phone(knownPhone, rng, f);
        }
        String email = "";
        if (p.email() != null && rng.nextDouble() < a.email) {
            email = p.email();
            if (rng.nextDouble() < 0.01 * f) {
                email = Typos.typo(email, rng);
            }
            if (rng.nextDouble() < 0.08) {
                email = Character.toUpperCase(email.charAt(0)) + email.substring(1);
            }
        }
        String nhs = "";
        if (p.nhsNumber() != null && rng.nextDouble() < a.nhs) {
            nhs = identifierSlip(p.nhsNumber(), rng, f);
            if (rng.nextDouble() < (a == Agency.HEALTH ? 0.6 : 0.3)) {
                nhs = nhs.substring(0, 3) + " " + nhs.substring(3, 6) + " " + nhs.substring(6);
            }
        }
        String upn = "";
        if (p.upn() != null && age >= 4 && rng.nextDouble() < a.upn) {
            upn = rng.nextDouble() < 0.003 * f ? p.upn().charAt(0) + Typos.digitSlip(p.upn().substring(1), rng)
                    : p.upn();
        }
        String pnc = "";
        if (p.pncId() != null && rng.nextDouble() < a.pnc) {
            pnc = rng.nextDouble() < 0.004 * f ? Typos.digitSlip(p.pncId(), rng) : p.pncId();
            if (rng.nextDouble() < 0.3) {
                int yy = Integer.parseInt(pnc.substring(0, 2));
                pnc = (yy > 30 ? "19" : "20") + pnc;
            }
        }
        return new SyntheticRecord(null, p.truthId(), a.name(), given, family, dob, sex, postcode, address, city,
                phone, email, nhs, upn, pnc);
    }

    private String givenName(Person p, Agency a, SplittableRandom rng, double f) {
        String given = p.given();
        if (p.knownAs() != null && rng.nextDouble() < a.knownAs) {
            given = p.knownAs();
        } else {
            List<String> variants = tables.spellings.get(given);
            if (variants != null && rng.nextDouble() < 0.3) {
                given = variants.get(rng.nextInt(variants.size()));
            }
        }
        double r = rng.nextDouble();
        if (r < 0.03 * f) {
            given = Typos.typo(given, rng);
        } else if (r < 0.035 * f) {
            given = given.substring(0, 1);
        }
        return given;
    }

    private String familyName(Person p, SplittableRandom rng, double f) {
        String family = p.family();
        if (p.altFamily() != null && rng.nextDouble() < 0.3) {
            family = p.altFamily();
        }
        int hyphen = family.indexOf('-', 1);
        if (hyphen > 0 && !family.startsWith("Al-") && !family.startsWith("El-") && rng.nextDouble() < 0.35) {
            family = rng.nextBoolean() ? family.substring(0, hyphen) : family.substring(hyphen + 1);
        } else if (hyphen > 0 && rng.nextDouble() < 0.2) {
            family = family.replace('-', ' ');
        }
        List<String> variants = tables.spellings.get(family);
        if (variants != null && rng.nextDouble() < 0.12) {
            family = variants.get(rng.nextInt(variants.size()));
        }
        if (family.indexOf('\'') > 0 && rng.nextDouble() < 0.35) {
            family = family.replace("'", rng.nextBoolean() ? "" : " ");
        }
        if (rng.nextDouble() < 0.03 * f) {
            family = Typos.typo(family, rng);
        }
        return family;
    }

    private static String dateOfBirth(LocalDate dob, SplittableRandom rng, double f) {
        double r = rng.nextDouble();
        LocalDate d = dob;
        if (r < 0.025 * f) {
            if (dob.getDayOfMonth() <= 12 && dob.getDayOfMonth() != dob.getMonthValue()) {
                d = LocalDate.of(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue());
            }
        } else if (r < 0.04 * f) {
            // one mis-keyed digit that still makes a real date (date fields reject impossible dates)
            String iso = dob.toString();
            for (int attempt = 0; attempt < 6; attempt++) {
                String slipped = Typos.digitSlip(iso, rng);
                try {
                    LocalDate candidate = LocalDate.parse(slipped);
                    if (!candidate.isAfter(Households.REFERENCE_DATE) && candidate.getYear() > 1900) {
                        d = candidate;
                        break;
                    }
                } catch (java.time.format.DateTimeParseException e) {
                    // try another digit
                }
            }
        } else if (r < 0.048 * f) {
            d = dob.plusYears(rng.nextBoolean() ? 1 : -1);
        } else if (r < 0.051 * f) {
            d = LocalDate.of(dob.getYear(), 1, 1); // the placeholder date used when only the year is known
        }
        if (d.isAfter(Households.REFERENCE_DATE)) {
            d = dob;
        }
        return d.toString();
    }

    private static String postcode(Home home, SplittableRandom rng, double f) {
        String pc = home.postcode();
        if (rng.nextDouble() < 0.015 * f) {
            String inward = home.inward();
            int i = 1 + rng.nextInt(2);
            char replacement = "ABDEFGHJLNPQRSTUWXYZ".charAt(rng.nextInt(20));
            inward = inward.substring(0, i) + replacement + inward.substring(i + 1);
            pc = home.outward() + " " + inward;
        }
        double r = rng.nextDouble();
        if (r < 0.06) {
            pc = pc.replace(" ", "");
        } else if (r < 0.08) {
            pc = pc.toLowerCase(Locale.ROOT);
        }
        return pc;
    }

    private String addressLine(Home home, SplittableRandom rng, double f, Agency a) {
        String type = home.streetType();
        if (rng.nextDouble() < 0.3) {
            type = tables.streetAbbreviations.getOrDefault(type, type);
        }
        int number = home.number();
        if (rng.nextDouble() < 0.008 * f) {
            number = Integer.parseInt(Typos.digitSlip(Integer.toString(number), rng));
            if (number == 0) {
                number = home.number();
            }
        }
        String street = home.street();
        if (rng.nextDouble() < 0.02 * f) {
            street = Typos.typo(street, rng);
        }
        String line = number + " " + street + " " + type;
        if (home.flat() != null) {
            double r = rng.nextDouble();
            if (r < 0.6) {
                line = "Flat " + home.flat() + ", " + line;
            } else if (r < 0.8) {
                line = home.flat() + "/" + line;
            } else if (r < 0.85) {
                line = "Flat " + home.flat() + " " + line;
            } // else the flat is left off
        }
        if (a == Agency.POLICE && rng.nextDouble() < 0.4) {
            line = line.toUpperCase(Locale.ROOT);
        }
        return line;
    }

    /** The short form people write: Newcastle for Newcastle upon Tyne, Stoke for Stoke-on-Trent. */
    private static String shortCity(String city) {
        int upon = city.indexOf(" upon ");
        if (upon > 0) {
            return city.substring(0, upon);
        }
        return city.endsWith("-on-Trent") ? city.substring(0, city.indexOf('-')) : city;
    }

    private static String phone(String mobile, SplittableRandom rng, double f) {
        String digits = rng.nextDouble() < 0.01 * f ? Typos.digitSlip(mobile, rng) : mobile;
        double r = rng.nextDouble();
        if (r < 0.45) {
            return digits.substring(0, 5) + " " + digits.substring(5);
        } else if (r < 0.85) {
            return digits;
        }
        return "+44 " + digits.substring(1, 5) + " " + digits.substring(5);
    }

    private static String identifierSlip(String id, SplittableRandom rng, double f) {
        double r = rng.nextDouble();
        if (r < 0.004 * f) {
            return Typos.digitSlip(id, rng);
        } else if (r < 0.006 * f) {
            return Typos.digitTransposition(id, rng);
        }
        return id;
    }
}
