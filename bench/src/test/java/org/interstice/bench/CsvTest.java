package org.interstice.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTest {

    @Test
    void readsFebrlStyleAndQuotedFields(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("x.csv");
        Files.writeString(file, "\uFEFFrec_id, name, address\r\n\r\nrec-1-org, ann , \"Flat 1, 2 \"\"The\"\" Row\"\r\n"
                + "rec-2-org,,\"two\nlines\"");
        try (Csv csv = Csv.open(file)) {
            assertThat(csv.header()).containsExactly("rec_id", "name", "address");
            assertThat(csv.next()).containsExactly("rec-1-org", "ann", "Flat 1, 2 \"The\" Row");
            assertThat(csv.next()).containsExactly("rec-2-org", "", "two\nlines");
            assertThat(csv.next()).isNull();
        }
    }

    @Test
    void namesTheFileAndColumnsWhenAColumnIsMissing(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("y.csv");
        Files.writeString(file, "a,b\n1,2\n");
        try (Csv csv = Csv.open(file)) {
            assertThatThrownBy(() -> csv.column("c")).hasMessageContaining("y.csv").hasMessageContaining("a, b");
        }
    }

    @Test
    void unionFindJoinsChainsIntoOneComponent() {
        DukeFebrl.UnionFind uf = new DukeFebrl.UnionFind(List.of("a", "b", "c", "d"));
        uf.union("a", "b");
        uf.union("c", "b");
        assertThat(uf.find("c")).isEqualTo(uf.find("a"));
        assertThat(uf.find("d")).isEqualTo("d");
    }
}
