package org.interstice;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedDatabaseTest {

    @Test
    void aDataFolderInUseByARunningPostgresIsRefusedWithAnExplanation(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("postgres"));
        Files.writeString(folder.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + folder + "\n");
        assertThatThrownBy(() -> EmbeddedDatabase.open(folder, false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is already running on " + folder.toAbsolutePath().normalize());
    }
}
