package org.interstice.ingest.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/**
 * The rows an import refused, as a CSV the sending agency can correct: original values plus the reasons. Bad bytes
 * and control characters are shown marked ([byte 0xE9], [U+0000]), and a cell that a spreadsheet would run as a
 * formula (starting with =, +, -, @, tab or carriage return) is prefixed with an apostrophe, so opening the file
 * is safe.
 */
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
            reasons.computeIfAbsent(e.row(), k -> new ArrayList<>()).add(e.column() + " '" + e.value() + "' " + e.rule());
        }
        ExtractReader.Format format = ExtractReader.Format.valueOf(job.format());
        boolean jsonLines = format == ExtractReader.Format.JSONL;
        List<String> headers = ExtractReader.headers(format, job.content());
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            List<String> head = new ArrayList<>();
            head.add("row");
            head.addAll(headers);
            if (jsonLines) {
                head.add("line as sent");
            }
            head.add("reasons");
            print(printer, head);
            if (reasons.containsKey(0)) {
                List<String> file = new ArrayList<>();
                file.add("0");
                headers.forEach(h -> file.add(""));
                if (jsonLines) {
                    file.add("");
                }
                file.add(String.join("; ", reasons.get(0)));
                print(printer, file);
            }
            ExtractReader.read(format, job.content(), row -> {
                List<String> why = reasons.get(row.number());
                if (why == null) {
                    return;
                }
                List<String> line = new ArrayList<>();
                line.add(String.valueOf(row.number()));
                headers.forEach(h -> line.add(row.original(h)));
                if (jsonLines) {
                    line.add(row.original(ExtractReader.WHOLE_LINE));
                }
                line.add(String.join("; ", why));
                print(printer, line);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void print(CSVPrinter printer, List<String> cells) {
        try {
            printer.printRecord(cells.stream().map(RejectedRows::inert).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell a spreadsheet will show as text, never run as a formula (OWASP's advice for CSV injection). */
    static String inert(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
