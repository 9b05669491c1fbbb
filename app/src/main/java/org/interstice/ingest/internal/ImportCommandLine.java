package org.interstice.ingest.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interstice.agency.Agencies;
import org.interstice.agency.Agency;
import org.interstice.agency.Viewer;
import org.interstice.ingest.Imports;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The command-line import: {@code java -jar interstice.jar import --agency CODE --file FILE [--profile NAME]
 * [--accept-valid-rows]}. The application starts without its web server (see {@code IntersticeApplication}), seeds
 * the demo on a first start, imports through the same path as an upload printing progress, and exits 0 when the
 * import is done, 1 when it failed and 2 for bad arguments.
 */
@Component
@Order(100)
class ImportCommandLine implements ApplicationRunner, ExitCodeGenerator {

    private final Imports imports;
    private final Agencies agencies;
    private int exitCode;
    private PrintStream out = System.out;

    ImportCommandLine(Imports imports, Agencies agencies) {
        this.imports = imports;
        this.agencies = agencies;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        List<String> args = List.of(arguments.getSourceArgs());
        if (args.isEmpty() || !args.get(0).equals("import")) {
            return;
        }
        exitCode = run(args.subList(1, args.size()));
    }

    int run(List<String> args) {
        Map<String, String> options = new LinkedHashMap<>();
        boolean acceptValid = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--accept-valid-rows")) {
                acceptValid = true;
            } else if (a.startsWith("--") && a.contains("=")) {
                options.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
            } else if (a.startsWith("--") && i + 1 < args.size()) {
                options.put(a.substring(2), args.get(++i));
            } else {
                return usage("unexpected argument '" + a + "'");
            }
        }
        if (!options.containsKey("agency") || !options.containsKey("file")) {
            return usage("--agency and --file are required");
        }
        Path file = Path.of(options.get("file"));
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            out.println("Cannot read " + file + ": check that it exists and that you may read it.");
            return 2;
        }
        Agency agency = agencies.byCode(options.get("agency")).orElse(null);
        if (agency == null) {
            out.println("There is no agency with the code '" + options.get("agency") + "'.");
            return 2;
        }
        Viewer viewer = new Viewer(null, "cli:" + System.getProperty("user.name"), "Command-line import",
                agency.id(), agency.code(), null, null, false);
        out.println("Importing " + file + " for " + agency.code() + " ...");
        long started = System.nanoTime();
        Imports.Status status;
        try {
            status = imports.run(viewer, new Imports.Submission(agency.code(), file.getFileName().toString(), content,
                    options.get("profile"), acceptValid), s -> out.printf("  %-30s %3d%%  %,d of %,d rows%n",
                    s.phase().toLowerCase(), s.percent(), s.processed(), s.rows()));
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            return 2;
        }
        out.printf("%s: %,d rows, %,d accepted, %,d rejected (%,d new, %,d changed, %,d unchanged, %,d sent to review)%n",
                status.status(), status.rows(), status.accepted(), status.rejected(), status.created(),
                status.updated(), status.unchanged(), status.sentToReview());
        if (status.failure() != null) {
            out.println(status.failure());
        }
        out.println("Import id: " + status.id());
        out.printf("Import took %.1f s%n", (System.nanoTime() - started) / 1e9);
        return "DONE".equals(status.status()) ? 0 : 1;
    }

    private int usage(String problem) {
        out.println(problem);
        out.println("usage: java -jar interstice.jar import --agency CODE --file FILE [--profile NAME] [--accept-valid-rows]");
        return 2;
    }
}
