package org.interstice;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * An embedded PostgreSQL 17 server whose data lives in a folder that survives restarts.
 *
 * <p>One server per data folder per JVM: a second Spring context (for example a test with its own configuration)
 * shares the running server instead of starting a second postmaster on the same folder. The server stops when the
 * last user releases it.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Map<Path, Shared> RUNNING = new HashMap<>();

    private final Path dataDirectory;
    private final EmbeddedPostgres postgres;
    private boolean released;

    private EmbeddedDatabase(Path dataDirectory, EmbeddedPostgres postgres) {
        this.dataDirectory = dataDirectory;
        this.postgres = postgres;
    }

    static EmbeddedDatabase open(Path dataDirectory, boolean clean) {
        Path folder = dataDirectory.toAbsolutePath().normalize();
        synchronized (RUNNING) {
            Shared shared = RUNNING.get(folder);
            if (shared == null) {
                shared = new Shared(start(folder, clean));
                RUNNING.put(folder, shared);
            }
            shared.users++;
            return new EmbeddedDatabase(folder, shared.postgres);
        }
    }

    private static EmbeddedPostgres start(Path folder, boolean clean) {
        try {
            Files.createDirectories(folder.getParent());
            if (clean) {
                // A clean database each run (tests): remove what a crashed earlier run may have left.
                FileSystemUtils.deleteRecursively(folder);
            } else {
                refuseIfAlreadyRunning(folder);
            }
            return EmbeddedPostgres.builder()
                    .setDataDirectory(folder)
                    .setCleanDataDirectory(clean)
                    // Spring closes the server after the connection pool, when the context closes.
                    .setRegisterShutdownHook(false)
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("max_connections", "100")
                    // A database that grows from empty (a new installation, the demo, a benchmark) needs its planner
                    // statistics refreshed while it grows: plans made for tables of a few rows (seq scans) stay cached
                    // until ANALYZE. PostgreSQL's default is to look every minute; ADR 0082.
                    .setServerConfig("autovacuum_naptime", "10s")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + folder, e);
        }
    }

    /** A second server on the same folder would fail obscurely; say why instead. */
    private static void refuseIfAlreadyRunning(Path folder) throws IOException {
        Path pidFile = folder.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
        try {
            long pid = Long.parseLong(firstLine);
            if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                throw new IllegalStateException("PostgreSQL (process " + pid + ") is already running on " + folder
                        + ": another Interstice is using this data folder, or a crashed one left it running. "
                        + "Stop that process or choose another INTERSTICE_DATA_DIR.");
            }
        } catch (NumberFormatException ignored) {
            // An unreadable pid file is PostgreSQL's to deal with.
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    int port() {
        return postgres.getPort();
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() {
        synchronized (RUNNING) {
            if (released) {
                return;
            }
            released = true;
            Shared shared = RUNNING.get(dataDirectory);
            if (shared != null && --shared.users == 0) {
                RUNNING.remove(dataDirectory);
                try {
                    shared.postgres.close();
                    org.slf4j.LoggerFactory.getLogger(EmbeddedDatabase.class)
                            .info("Embedded PostgreSQL stopped; data kept in {}", dataDirectory);
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not stop the embedded PostgreSQL in " + dataDirectory, e);
                }
            }
        }
    }

    private static final class Shared {
        final EmbeddedPostgres postgres;
        int users;

        Shared(EmbeddedPostgres postgres) {
            this.postgres = postgres;
        }
    }
}
