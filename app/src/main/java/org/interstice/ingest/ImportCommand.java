package org.interstice.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.interstice.agency.Agencies;
import org.interstice.agency.Agency;
import org.interstice.agency.Viewer;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line import: {@code java -jar interstice.jar import --agency CODE --file FILE [--profile NAME]
 * [--accept-valid-rows]}. Starts the application without its web server, imports through the same path as an
 * upload, prints progress, and exits 0 when the import is done, 1 when it failed, 2 for bad arguments.
 */
public final class ImportCommand {

    private ImportCommand() {
    }

    public static int run(Class<?> application, String[] args, PrintStream out) {
        Map<String, String> options = new LinkedHashMap<>();
        boolean acceptValid = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("import")) {
                continue;
            }
            if (a.equals("--accept-valid-rows")) {
                acceptValid = true;
            } else if (a.startsWith("--") && i + 1 < args.length) {
                options.put(a.substring(2), args[++i]);
            } else {
                return usage(out, "unexpected argument '" + a + "'");
            }
        }
        if (!options.containsKey("agency") || !options.containsKey("file")) {
            return usage(out, "--agency and --file are required");
        }
        Path file = Path.of(options.get("file"));
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            out.println("Cannot read " + file + ": " + e.getMessage());
            return 2;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .properties("interstice.ingest.resume-on-start=false")
                .run()) {
            Agency agency = context.getBean(Agencies.class).byCode(options.get("agency")).orElse(null);
            if (agency == null) {
                out.println("There is no agency with the code '" + options.get("agency") + "'.");
                return 2;
            }
            Viewer viewer = new Viewer(null, "cli:" + System.getProperty("user.name"), "Command-line import",
                    agency.id(), agency.code(), null, null, false);
            Imports imports = context.getBean(Imports.class);
            out.println("Importing " + file + " for " + agency.code() + " ...");
            Imports.Status status = imports.run(viewer, new Imports.Submission(agency.code(), file.getFileName().toString(),
                    content, options.get("profile"), acceptValid), s -> out.printf("  %-10s %3d%%  %,d of %,d rows%n",
                    s.phase().toLowerCase(), s.percent(), s.processed(), s.rows()));
            out.printf("%s: %,d rows, %,d accepted, %,d rejected (%,d new, %,d changed, %,d unchanged, %,d sent to review)%n",
                    status.status(), status.rows(), status.accepted(), status.rejected(), status.created(),
                    status.updated(), status.unchanged(), status.sentToReview());
            if (status.failure() != null) {
                out.println(status.failure());
            }
            out.println("Import id: " + status.id());
            return "DONE".equals(status.status()) ? 0 : 1;
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            return 2;
        }
    }

    private static int usage(PrintStream out, String problem) {
        out.println(problem);
        out.println("usage: java -jar interstice.jar import --agency CODE --file FILE [--profile NAME] [--accept-valid-rows]");
        return 2;
    }
}
