package org.interstice.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.interstice.agency.Agencies;
import org.interstice.agency.Agency;
import org.interstice.agency.Viewer;
import org.interstice.ingest.Imports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Step 100: each Northbridge agency sends an extract of the people it knows (synthetic, seeded), with the
 * duplication and errors real extracts have, through the same import path as an upload. The first extract trains
 * the first linkage model; the rest are linked as they arrive.
 */
@Component
class NorthbridgePeople implements DemoStep {

    private static final Logger log = LoggerFactory.getLogger(NorthbridgePeople.class);
    private static final long SEED = 20261128L;
    /** Generator agency kind to the demo agency that sends its extract, and the system it comes from. */
    private static final Map<String, String[]> SENDERS = new LinkedHashMap<>();

    static {
        SENDERS.put("CHILDRENS_SOCIAL_CARE", new String[] {"NBC-CSC", "Mosaic"});
        SENDERS.put("EDUCATION", new String[] {"NBC-EDU", "Capita One"});
        SENDERS.put("HEALTH", new String[] {"NBH", "SystmOne"});
        SENDERS.put("POLICE", new String[] {"NSP", "Niche RMS"});
        SENDERS.put("YOUTH_JUSTICE", new String[] {"NYJS", "ChildView"});
        SENDERS.put("VOLUNTARY", new String[] {"SAFE", "Lamplight"});
        SENDERS.put("LICENSING", new String[] {"NBC-LIC", "Idox Uniform"});
    }

    private static final String[] ETHNICITIES = {"WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WOTH", "WIRI",
        "APKN", "APKN", "ABAN", "AIND", "AOTH", "BAFR", "BCRB", "MWBC", "MWAS", "MOTH", "CHNE", "WROM", "OOTH"};

    private final Imports imports;
    private final Agencies agencies;
    private final Clock clock;
    private final int people;

    NorthbridgePeople(Imports imports, Agencies agencies, Clock clock,
                      @Value("${interstice.identity.demo.people:2500}") int people) {
        this.imports = imports;
        this.agencies = agencies;
        this.clock = clock;
        this.people = people;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void seed() {
        Map<String, List<NorthbridgePopulation.Row>> byAgency = new LinkedHashMap<>();
        SENDERS.keySet().forEach(k -> byAgency.put(k, new ArrayList<>()));
        for (NorthbridgePopulation.Row r : new NorthbridgePopulation(SEED, LocalDate.now(clock)).rows(people)) {
            byAgency.computeIfAbsent(r.agency(), k -> new ArrayList<>()).add(r);
        }
        Random random = new Random(SEED);
        Map<String, String> ethnicityOf = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        for (Map.Entry<String, List<NorthbridgePopulation.Row>> e : byAgency.entrySet()) {
            String[] sender = SENDERS.get(e.getKey());
            if (sender == null || e.getValue().isEmpty()) {
                continue;
            }
            Agency agency = agencies.byCode(sender[0]).orElse(null);
            if (agency == null) {
                continue;
            }
            byte[] file = extract(e.getValue(), sender[1], random, ethnicityOf, today);
            Viewer viewer = new Viewer(null, "demo:northbridge", "Northbridge demo data", agency.id(), agency.code(),
                    null, null, false);
            String fileName = agency.code().toLowerCase() + "-people-" + today + ".csv";
            // The demo step runs inside a transaction; the import manages its own, so it runs on another thread.
            Imports.Status status = CompletableFuture.supplyAsync(() -> imports.run(viewer,
                    new Imports.Submission(agency.code(), fileName, file, null, true), s -> { })).join();
            log.info("Demo extract {}: {} rows, {} accepted, {} rejected, {} sent to review", fileName, status.rows(),
                    status.accepted(), status.rejected(), status.sentToReview());
        }
    }

    private static byte[] extract(List<NorthbridgePopulation.Row> rows, String system, Random random, Map<String, String> ethnicityOf,
                                  LocalDate today) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord("source_id", "given_name", "family_name", "dob", "sex", "ethnicity", "postcode", "address",
                    "phone", "email", "nhs_number", "upn", "pnc_id", "first_known", "source_system");
            for (NorthbridgePopulation.Row r : rows) {
                String ethnicity = ethnicityOf.computeIfAbsent(r.truthId(),
                        k -> ETHNICITIES[random.nextInt(ETHNICITIES.length)]);
                double roll = random.nextDouble();
                String recorded = roll < 0.12 ? "" : roll < 0.16 ? "NOBT" : roll < 0.18 ? "REFU" : ethnicity;
                LocalDate firstKnown = today.minusDays(30 + random.nextInt(3650));
                LocalDate dob = parse(r.dob());
                if (dob != null && firstKnown.isBefore(dob)) {
                    firstKnown = dob.plusDays(random.nextInt(30));
                }
                csv.printRecord(r.recordId(), r.givenName(), r.familyName(), r.dob(), r.sex(), recorded, r.postcode(),
                        r.address(), r.phone(), r.email(), r.nhsNumber(), r.upn(), r.pncId(),
                        firstKnown.isAfter(today) ? today : firstKnown, system);
            }
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static LocalDate parse(String s) {
        try {
            return s == null || s.isBlank() ? null : LocalDate.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
