package org.interstice.linkage.synth;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The {@code generate} command: {@code generate --people N [--records R] --seed S --out FILE}.
 * {@code --people} gives the number of people (each appears in 1..7 records); {@code --records} instead asks for
 * exactly that many records. Progress goes to stderr; the exit code is 0 on success, 2 on bad arguments, 1 on I/O
 * failure.
 */
public final class GenerateCommand {

    private GenerateCommand() {
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Long people = null;
        Long records = null;
        Long seed = null;
        Path file = null;
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("generate")) {
                    continue;
                }
                if (a.equals("-h") || a.equals("--help")) {
                    out.println(usage());
                    return 0;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value after " + a);
                }
                String v = args[++i];
                switch (a) {
                    case "--people" -> people = Long.parseLong(v);
                    case "--records" -> records = Long.parseLong(v);
                    case "--seed" -> seed = Long.parseLong(v);
                    case "--out" -> file = Path.of(v);
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            if ((people == null) == (records == null)) {
                throw new IllegalArgumentException("give exactly one of --people N or --records N");
            }
            if (file == null) {
                throw new IllegalArgumentException("--out FILE is required");
            }
            if ((people != null && (people < 0 || people > Integer.MAX_VALUE)) || (records != null && records < 0)) {
                throw new IllegalArgumentException("the count must be between 0 and " + Integer.MAX_VALUE);
            }
        } catch (NumberFormatException e) {
            err.println("generate: not a number: " + e.getMessage());
            err.println(usage());
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("generate: " + e.getMessage());
            err.println(usage());
            return 2;
        }
        long s = seed == null ? 42L : seed;
        long start = System.nanoTime();
        try {
            if (people != null) {
                SyntheticPopulation.write(people.intValue(), s, file);
            } else {
                SyntheticPopulation.writeRecords(records, s, file);
            }
        } catch (IOException | RuntimeException e) {
            err.println("generate: cannot write " + file + ": " + e.getMessage());
            return 1;
        }
        err.printf("generate: wrote %s (%s, seed %d) in %.1f s%n", file,
                people != null ? people + " people" : records + " records", s, (System.nanoTime() - start) / 1e9);
        return 0;
    }

    static String usage() {
        return "usage: generate (--people N | --records N) [--seed S (default 42)] --out FILE";
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }
}
