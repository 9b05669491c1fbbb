package org.interstice.linkage.synth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** The name, place and street tables shipped as resources beside this class; loaded once. */
final class Tables {

    record Group(String name, double weight, double swapRate, double knownAsRate,
                 Weighted<String> maleOld, Weighted<String> maleYoung,
                 Weighted<String> femaleOld, Weighted<String> femaleYoung,
                 Weighted<String> surnames, double tailShare) {

        Weighted<String> forenames(char sex, int birthYear) {
            boolean young = birthYear >= 1990;
            return sex == 'M' ? (young ? maleYoung : maleOld) : (young ? femaleYoung : femaleOld);
        }
    }

    record Place(String city, String region, String la, List<String> outwards) {
        boolean issuesUpns() {
            return !"-".equals(la);
        }
    }

    private static final Tables INSTANCE = load();

    final Weighted<Group> groups;
    final Map<String, Group> groupsByName;
    final Map<String, Weighted<Place>> placesByGroup;
    final List<Place> places;
    final Map<String, List<String>> knownAs;
    final Map<String, List<String>> spellings;
    final Weighted<String> tailPrefixes;
    final Weighted<String> tailSuffixes;
    final List<String> streetNames;
    final Weighted<String> streetTypes;
    final Map<String, String> streetAbbreviations;

    private Tables(Weighted<Group> groups, Map<String, Group> groupsByName, Map<String, Weighted<Place>> placesByGroup,
                   List<Place> places, Map<String, List<String>> knownAs, Map<String, List<String>> spellings,
                   Weighted<String> tailPrefixes, Weighted<String> tailSuffixes, List<String> streetNames,
                   Weighted<String> streetTypes, Map<String, String> streetAbbreviations) {
        this.groups = groups;
        this.groupsByName = groupsByName;
        this.placesByGroup = placesByGroup;
        this.places = places;
        this.knownAs = knownAs;
        this.spellings = spellings;
        this.tailPrefixes = tailPrefixes;
        this.tailSuffixes = tailSuffixes;
        this.streetNames = streetNames;
        this.streetTypes = streetTypes;
        this.streetAbbreviations = streetAbbreviations;
    }

    static Tables get() {
        return INSTANCE;
    }

    String surname(Group group, SplittableRandom rng) {
        if (group.tailShare() > 0 && rng.nextDouble() < group.tailShare()) {
            String prefix = tailPrefixes.pick(rng);
            String suffix = tailSuffixes.pick(rng);
            if (prefix.endsWith(suffix.substring(0, 1))) {
                suffix = suffix.substring(1);
            }
            return prefix + suffix;
        }
        return group.surnames().pick(rng);
    }

    private static Tables load() {
        Map<String, List<String>> given = keyedLists(lines("given-names.txt"));
        Map<String, List<String>> surnames = keyedLists(lines("surnames.txt"));
        List<Group> groupList = new ArrayList<>();
        List<Double> groupWeights = new ArrayList<>();
        for (String line : lines("groups.txt")) {
            String[] f = line.trim().split("\\s+");
            String name = f[0];
            Weighted<String> mOld = forenames(given, name, "M", "old");
            Weighted<String> mYoung = forenames(given, name, "M", "young");
            Weighted<String> fOld = forenames(given, name, "F", "old");
            Weighted<String> fYoung = forenames(given, name, "F", "young");
            String surnameKey = surnames.keySet().stream().filter(k -> k.split("\\s+")[0].equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no surnames for group " + name));
            double tail = 0;
            for (String part : surnameKey.split("\\s+")) {
                if (part.startsWith("tail=")) {
                    tail = Double.parseDouble(part.substring(5));
                }
            }
            groupList.add(new Group(name, Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                    mOld, mYoung, fOld, fYoung, Weighted.zipf(surnames.get(surnameKey), 3, 0.8), tail));
            groupWeights.add(Double.parseDouble(f[1]));
        }
        Map<String, Group> byName = new LinkedHashMap<>();
        groupList.forEach(g -> byName.put(g.name(), g));

        List<Place> places = new ArrayList<>();
        List<Double> placeWeights = new ArrayList<>();
        List<Map<String, Double>> affinities = new ArrayList<>();
        for (String line : lines("places.txt")) {
            String[] f = line.split("\\|", -1);
            places.add(new Place(f[0].trim(), f[1].trim(), f[3].trim(), List.of(f[4].trim().split("\\s+"))));
            placeWeights.add(Double.parseDouble(f[2].trim()));
            Map<String, Double> affinity = new LinkedHashMap<>();
            for (String a : f[5].trim().split("\\s+")) {
                if (!a.isEmpty()) {
                    String[] af = a.split("\\*");
                    affinity.put(af[0], af.length > 1 ? Double.parseDouble(af[1]) : 8.0);
                }
            }
            affinities.add(affinity);
        }
        Map<String, Weighted<Place>> placesByGroup = new LinkedHashMap<>();
        for (Group g : groupList) {
            double[] w = new double[places.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = placeWeights.get(i) * affinities.get(i).getOrDefault(g.name(), 1.0);
            }
            placesByGroup.put(g.name(), new Weighted<>(places, w));
        }

        Map<String, List<String>> knownAs = keyedLists(lines("known-as.txt"));
        Map<String, List<String>> spellings = new LinkedHashMap<>();
        for (String line : lines("spellings.txt")) {
            List<String> variants = List.of(line.trim().split("\\|"));
            for (String v : variants) {
                List<String> others = new ArrayList<>(variants);
                others.remove(v);
                spellings.merge(v, others, (a, b) -> {
                    List<String> all = new ArrayList<>(a);
                    b.stream().filter(x -> !all.contains(x)).forEach(all::add);
                    return all;
                });
            }
        }
        Map<String, List<String>> parts = keyedLists(lines("surname-parts.txt"));
        Map<String, List<String>> streets = keyedLists(lines("streets.txt"));
        List<String> typeNames = new ArrayList<>();
        List<Double> typeWeights = new ArrayList<>();
        for (String t : streets.get("type")) {
            String[] tf = t.split("\\s+");
            typeNames.add(tf[0]);
            typeWeights.add(Double.parseDouble(tf[1]));
        }
        Map<String, String> abbreviations = new LinkedHashMap<>();
        for (String a : streets.get("abbr")) {
            String[] af = a.split("=");
            abbreviations.put(af[0], af[1]);
        }
        return new Tables(new Weighted<>(groupList, toArray(groupWeights)), byName, placesByGroup, List.copyOf(places),
                knownAs, spellings, uniform(parts.get("prefix")), uniform(parts.get("suffix")),
                streets.get("name"), new Weighted<>(typeNames, toArray(typeWeights)), abbreviations);
    }

    private static Weighted<String> forenames(Map<String, List<String>> given, String group, String sex, String era) {
        List<String> names = given.get(group + " " + sex + " " + era);
        if (names == null) {
            names = given.get(group + " " + sex + " any");
        }
        if (names == null) {
            throw new IllegalStateException("no " + sex + " forenames for group " + group);
        }
        return Weighted.zipf(names, 5, 0.75);
    }

    private static Weighted<String> uniform(List<String> items) {
        double[] w = new double[items.size()];
        Arrays.fill(w, 1.0);
        return new Weighted<>(items, w);
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Lines "key: a, b, c" to an insertion-ordered map of key to trimmed items. */
    private static Map<String, List<String>> keyedLists(List<String> lines) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (String line : lines) {
            int colon = line.indexOf(':');
            String key = line.substring(0, colon).trim();
            List<String> items = new ArrayList<>();
            for (String item : line.substring(colon + 1).split(",")) {
                if (!item.isBlank()) {
                    items.add(item.trim());
                }
            }
            map.put(key, List.copyOf(items));
        }
        return map;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = Tables.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> out = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
