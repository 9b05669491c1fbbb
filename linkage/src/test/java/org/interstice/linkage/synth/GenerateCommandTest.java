package org.interstice.linkage.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return GenerateCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void writesTheFileForPeopleOrRecords(@TempDir Path dir) throws IOException {
        Path people = dir.resolve("people.csv");
        Path records = dir.resolve("sub/records.csv");
        assertThat(run("generate", "--people", "100", "--seed", "3", "--out", people.toString())).isZero();
        assertThat(run("--records", "250", "--seed", "3", "--out", records.toString())).isZero();
        assertThat(Files.readAllLines(people).stream().skip(1).map(l -> l.split(",")[1]).distinct()).hasSize(100);
        assertThat(Files.readAllLines(records)).hasSize(251);
    }

    @Test
    void badArgumentsExplainThemselvesAndExitWithTwo(@TempDir Path dir) {
        assertThat(run("--people", "ten", "--out", dir.resolve("x.csv").toString())).isEqualTo(2);
        assertThat(run("--people", "10")).isEqualTo(2);
        assertThat(run("--people", "10", "--colour", "red", "--out", "x")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: generate").contains("unknown option --colour");
    }
}
