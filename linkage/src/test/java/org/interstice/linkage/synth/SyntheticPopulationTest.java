package org.interstice.linkage.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticPopulationTest {

    private static final Pattern POSTCODE =
            Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][ABD-HJLNP-UW-Z]{2}", Pattern.CASE_INSENSITIVE);

    private static List<SyntheticRecord> records(int people, long seed) {
        List<SyntheticRecord> out = new ArrayList<>();
        SyntheticPopulation.records(people, seed).forEachRemaining(out::add);
        return out;
    }

    private static List<Person> people(long seed, int n) {
        List<Person> out = new ArrayList<>();
        SyntheticPopulation.people(seed, n).forEachRemaining(out::add);
        return out;
    }

    @Test
    void theSameSeedWritesByteIdenticalFilesAndAnotherSeedDoesNot(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Path c = dir.resolve("c.csv");
        SyntheticPopulation.write(3000, 11, a);
        SyntheticPopulation.write(3000, 11, b);
        SyntheticPopulation.write(3000, 12, c);
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        assertThat(Files.readAllBytes(a)).isNotEqualTo(Files.readAllBytes(c));
        assertThat(Files.readAllLines(a).get(0))
                .isEqualTo("record_id,truth_id,agency,given_name,family_name,dob,sex,postcode,address,city,phone,"
                        + "email,nhs_number,upn,pnc_id");
    }

    @Test
    void everyPersonHasTheRequestedNumberOfPeopleAndEachAppearsInOneToEightRecords() {
        List<SyntheticRecord> records = records(2000, 5);
        Map<String, Integer> copies = new HashMap<>();
        records.forEach(r -> copies.merge(r.truthId(), 1, Integer::sum));
        assertThat(copies).hasSize(2000);
        assertThat(copies.values()).allSatisfy(n -> assertThat(n).isBetween(1, 8));
        assertThat(copies.values().stream().filter(n -> n == 1).count()).isGreaterThan(300);
        assertThat(copies.values().stream().filter(n -> n >= 3).count()).isGreaterThan(300);
        Set<String> ids = new HashSet<>();
        records.forEach(r -> ids.add(r.recordId()));
        assertThat(ids).hasSize(records.size());
    }

    @Test
    void recordsCappedGivesExactlyThatManyRecords() {
        Iterator<SyntheticRecord> it = SyntheticPopulation.recordsCapped(1234, 3);
        int n = 0;
        while (it.hasNext()) {
            it.next();
            n++;
        }
        assertThat(n).isEqualTo(1234);
    }

    @Test
    void copiesOfOnePersonMostlyAgreeAndCopiesOfDifferentPeopleRarelyDo() {
        List<SyntheticRecord> records = records(3000, 9);
        Map<String, List<SyntheticRecord>> byTruth = new HashMap<>();
        records.forEach(r -> byTruth.computeIfAbsent(r.truthId(), k -> new ArrayList<>()).add(r));
        int pairs = 0;
        int sameDob = 0;
        for (List<SyntheticRecord> group : byTruth.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    SyntheticRecord x = group.get(i);
                    SyntheticRecord y = group.get(j);
                    if (!x.dob().isEmpty() && !y.dob().isEmpty()) {
                        pairs++;
                        sameDob += x.dob().equals(y.dob()) ? 1 : 0;
                    }
                }
            }
        }
        assertThat(pairs).isGreaterThan(1000);
        assertThat((double) sameDob / pairs).isBetween(0.85, 0.99);
    }

    @Test
    void nhsNumbersAreValidAndUniqueAndCopiesKeepThemButForRareSlips() {
        List<Person> people = people(21, 5000);
        Set<String> seen = new HashSet<>();
        for (Person p : people) {
            if (p.nhsNumber() != null) {
                assertThat(Identifiers.isValidNhsNumber(p.nhsNumber())).as(p.nhsNumber()).isTrue();
                assertThat(seen.add(p.nhsNumber())).as("unique " + p.nhsNumber()).isTrue();
            }
        }
        assertThat(seen.size()).isGreaterThan(4700);
        List<SyntheticRecord> records = records(5000, 21);
        long withNhs = records.stream().filter(r -> !r.nhsNumber().isEmpty()).count();
        long valid = records.stream().filter(r -> !r.nhsNumber().isEmpty())
                .filter(r -> Identifiers.isValidNhsNumber(r.nhsNumber())).count();
        assertThat(withNhs).isGreaterThan(3000);
        assertThat((double) valid / withNhs).isGreaterThan(0.98);
    }

    @Test
    void upnsAndPncIdsCarryValidCheckLetters() {
        List<Person> people = people(4, 8000);
        long upns = people.stream().map(Person::upn).filter(Objects::nonNull)
                .peek(u -> assertThat(Identifiers.isValidUpn(u)).as(u).isTrue()).count();
        long pncs = people.stream().map(Person::pncId).filter(Objects::nonNull)
                .peek(p -> assertThat(p).matches("\\d{2}/\\d{7}[A-Z]"))
                .peek(p -> assertThat(Identifiers.isValidPnc(p)).as(p).isTrue()).count();
        assertThat(upns).isGreaterThan(400);
        assertThat(pncs).isGreaterThan(200);
        assertThat(people.stream().filter(p -> p.ageAt(Households.REFERENCE_DATE) < 18).filter(p -> p.pncId() != null)
                .allMatch(p -> p.ageAt(Households.REFERENCE_DATE) >= 10)).isTrue();
    }

    @Test
    void postcodesAreWellFormedWithRealOutwardCodes() {
        List<SyntheticRecord> records = records(5000, 8);
        Set<String> outwards = new HashSet<>();
        Tables.get().places.forEach(p -> outwards.addAll(p.outwards()));
        long count = 0;
        for (SyntheticRecord r : records) {
            if (!r.postcode().isEmpty()) {
                count++;
                assertThat(r.postcode()).matches(POSTCODE);
                String compact = r.postcode().toUpperCase().replace(" ", "");
                assertThat(outwards).contains(compact.substring(0, compact.length() - 3));
            }
        }
        assertThat(count).isGreaterThan(records.size() / 2);
        assertThat(records.stream().map(SyntheticRecord::city).filter(c -> !c.isEmpty()).distinct().count())
                .isGreaterThan(40);
    }

    @Test
    void twinsShareFamilyNameAddressAndDateOfBirthButNotTheirForename() {
        List<Person> people = people(17, 8000);
        Map<String, List<Person>> byHomeAndDob = new HashMap<>();
        for (Person p : people) {
            byHomeAndDob.computeIfAbsent(p.home().postcode() + p.home().line() + p.dob(), k -> new ArrayList<>()).add(p);
        }
        long twinSets = byHomeAndDob.values().stream().filter(g -> g.size() >= 2).count();
        long children = people.stream().filter(p -> p.ageAt(Households.REFERENCE_DATE) < 18).count();
        assertThat(twinSets).isGreaterThan(children / 100);
        for (List<Person> g : byHomeAndDob.values()) {
            if (g.size() >= 2) {
                assertThat(g.stream().map(Person::given).distinct().count()).isEqualTo(g.size());
                assertThat(g.stream().map(Person::truthId).distinct().count()).isEqualTo(g.size());
            }
        }
        // Siblings share a family name and an address far more often than not.
        long households = people.stream().map(p -> p.home().postcode() + p.home().line()).distinct().count();
        assertThat(households).isLessThan(people.size() * 3L / 4);
    }

    @Test
    void namesAreDiverseAndFrequencyWeighted() {
        List<Person> people = people(2, 8000);
        Map<String, Integer> families = new HashMap<>();
        Set<String> groups = new HashSet<>();
        for (Person p : people) {
            families.merge(p.family(), 1, Integer::sum);
            groups.add(p.group());
        }
        assertThat(groups).contains("english", "pakistani", "bangladeshi", "somali", "nigerian", "polish", "chinese",
                "caribbean", "irish", "indian", "arab", "welsh", "scottish", "romanian", "ghanaian");
        assertThat(families.get("Smith")).isGreaterThan(families.getOrDefault("Pritchard", 0));
        assertThat(families.get("Smith")).isLessThan(people.size() / 40);
        assertThat(families.size()).isGreaterThan(800);
    }

    @Test
    void writesQuotedCsvThatSplitsIntoFifteenColumns() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long n = SyntheticPopulation.write(SyntheticPopulation.records(500, 1), out);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize((int) n + 1);
        for (String line : lines) {
            assertThat(splitCsv(line)).hasSize(15);
        }
    }

    private static List<String> splitCsv(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        fields.add(cur.toString());
        return fields;
    }
}
