package org.interstice.ingest.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The rows an import refused, as a CSV the sending agency can correct: original values plus the reasons. */
@Component
public class RejectedRows {

    private final ImportJobs jobs;

    RejectedRows(ImportJobs jobs) {
        this.jobs = jobs;
    }

    /** The rejected rows of an import as CSV: the original values plus the reasons. */
    public byte[] csv(UUID id) {
        ImportJobs.Job job = jobs.job(id).orElseThrow();
        Map<Integer, List<String>> reasons = new HashMap<>();
        for (RowError e : jobs.errors(id, Integer.MAX_VALUE)) {
            reasons.computeIfAbsent(e.row(), k -> new ArrayList<>())
                    .add(e.column() + " '" + e.value() + "' " + e.rule());
        }
        StringBuilder out = new StringBuilder();
        List<String> headers = ExtractReader.headers(ExtractReader.Format.valueOf(job.format()), job.content());
        try (var printer = new org.apache.commons.csv.CSVPrinter(out, org.apache.commons.csv.CSVFormat.DEFAULT)) {
            List<String> head = new ArrayList<>();
            head.add("row");
            head.addAll(headers);
            head.add("reasons");
            printer.printRecord(head);
            ExtractReader.read(ExtractReader.Format.valueOf(job.format()), job.content(), (n, raw) -> {
                List<String> why = reasons.get(n);
                if (why == null) {
                    return;
                }
                List<String> line = new ArrayList<>();
                line.add(String.valueOf(n));
                headers.forEach(h -> line.add(raw.getOrDefault(h, "")));
                line.add(String.join("; ", why));
                try {
                    printer.printRecord(line);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
