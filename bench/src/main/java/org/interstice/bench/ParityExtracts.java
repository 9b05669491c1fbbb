package org.interstice.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interstice.linkage.synth.SyntheticPopulation;
import org.interstice.linkage.synth.SyntheticRecord;

/**
 * Three agencies' extracts of one synthetic population, for {@code bench/identity/parity.sh}.
 * <pre>
 * ParityExtracts --people N --seed S --out DIR
 * </pre>
 * Generates N people with the linkage module's generator (households, twins and siblings, nicknames and spelling
 * variants, typos, moves, identifiers present in part) and keeps the children (born 2008 or later) known to the
 * police, health or education, as the owners' held-out set does. Each agency's records become one extract in the
 * import's canonical columns: {@code NSP.csv} (police), {@code NBH.csv} (health), {@code NBC-EDU.csv} (school);
 * an agency may hold two records of one child, as real systems do. Source ids are {@code PX<seed>-<record>}, so
 * they never collide with the demo partnership's own records (the app would take them for updates). {@code all.csv} holds every record
 * ({@code record_id} = agency code + ":" + source id, {@code truth_id}, then the same fields) for the CLI's batch
 * dedupe and the evaluator. Health's "Male"/"Female" become M/F (what an agency's column profile would do).
 */
public final class ParityExtracts {

    static final List<String> FIELDS = List.of("given_name", "family_name", "dob", "sex", "postcode", "address", "phone",
            "email", "nhs_number", "upn", "pnc_id");
    static final Map<String, String> AGENCIES = Map.of("POLICE", "NSP", "HEALTH", "NBH", "EDUCATION", "NBC-EDU");

    private ParityExtracts() {
    }

    public static void main(String[] args) throws IOException {
        int people = 0;
        long seed = 0;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--people" -> people = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (people <= 0 || out == null) {
            System.err.println("usage: ParityExtracts --people N --seed S --out DIR");
            System.exit(2);
        }
        Files.createDirectories(out);
        Map<String, List<SyntheticRecord>> byPerson = new LinkedHashMap<>();
        SyntheticPopulation.stream(people, seed)
                .filter(r -> AGENCIES.containsKey(r.agency()))
                .forEach(r -> byPerson.computeIfAbsent(r.truthId(), k -> new ArrayList<>()).add(r));
        Map<String, BufferedWriter> extracts = new HashMap<>();
        for (String code : AGENCIES.values()) {
            BufferedWriter w = Files.newBufferedWriter(out.resolve(code + ".csv"), StandardCharsets.UTF_8);
            w.write("source_id," + String.join(",", FIELDS) + "\n");
            extracts.put(code, w);
        }
        int children = 0;
        int records = 0;
        try (BufferedWriter all = Files.newBufferedWriter(out.resolve("all.csv"), StandardCharsets.UTF_8)) {
            all.write("record_id,truth_id," + String.join(",", FIELDS) + "\n");
            for (List<SyntheticRecord> copies : byPerson.values()) {
                if (!child(copies)) {
                    continue;
                }
                children++;
                for (SyntheticRecord r : copies) {
                    String code = AGENCIES.get(r.agency());
                    String fields = fields(r);
                    String source = "PX" + seed + "-" + r.recordId(); // never one of the demo's own source ids
                    extracts.get(code).write(source + "," + fields + "\n");
                    all.write(code + ":" + source + "," + r.truthId() + "," + fields + "\n");
                    records++;
                }
            }
        } finally {
            for (BufferedWriter w : extracts.values()) {
                w.close();
            }
        }
        System.err.printf("parity extracts: %d records of %d children (seed %d, %d people generated) in %s%n", records,
                children, seed, people, out);
    }

    /** Born 2008 or later by the dates the agencies hold (most copies carry the right year). */
    private static boolean child(List<SyntheticRecord> copies) {
        int young = 0;
        int dated = 0;
        for (SyntheticRecord r : copies) {
            if (!r.dob().isEmpty()) {
                dated++;
                if (Integer.parseInt(r.dob().substring(0, 4)) >= 2008) {
                    young++;
                }
            }
        }
        return dated > 0 && young * 2 > dated;
    }

    private static String fields(SyntheticRecord r) {
        String sex = switch (r.sex()) {
            case "Male" -> "M";
            case "Female" -> "F";
            default -> r.sex();
        };
        List<String> values = List.of(r.givenName(), r.familyName(), r.dob(), sex, r.postcode(), r.address(), r.phone(),
                r.email(), r.nhsNumber(), r.upn(), r.pncId());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String v = values.get(i);
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0) {
                sb.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(v);
            }
        }
        return sb.toString();
    }
}
