package org.interstice.linkage.cli;

import java.io.PrintStream;

/** The generate command: wired to the synthetic population generator. */
final class Generate {
    private Generate() {
    }

    static int run(Main.Args a, PrintStream err) {
        err.println("error: generate is not available in this build yet");
        return 1;
    }
}
