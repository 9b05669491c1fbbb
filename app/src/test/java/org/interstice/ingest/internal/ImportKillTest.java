package org.interstice.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.interstice.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Kills the real application, as a separate operating-system process, with SIGKILL while it imports, then runs the
 * same import again, and compares the result with a clean single run of the same file. Each run gets a fresh
 * database on the test JVM's embedded PostgreSQL, migrated by Flyway, holding one agency.
 */
@IntegrationTest
class ImportKillTest {

    private static final int ROWS = 6_000;
    private static final Duration RUN_LIMIT = Duration.ofMinutes(10);

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path folder;

    private String server;
    private final List<String> databases = new ArrayList<>();
    private final List<Process> processes = new ArrayList<>();

    @BeforeEach
    void findTheServer() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            Matcher m = Pattern.compile("jdbc:postgresql://([^/?]+)/").matcher(c.getMetaData().getURL());
            assertThat(m.find()).isTrue();
            server = m.group(1);
        }
    }

    @AfterEach
    void cleanUp() {
        processes.forEach(Process::destroyForcibly);
        for (String db : databases) {
            jdbc.sql("drop database if exists " + db + " with (force)").update();
        }
    }

    private String freshDatabase(boolean migrated) {
        String name = "import_kill_" + Long.toString(System.nanoTime(), 36);
        jdbc.sql("create database " + name).update();
        databases.add(name);
        if (migrated) {
            Flyway.configure().dataSource(url(name), "postgres", null).locations("classpath:db/migration").load().migrate();
            try (Connection c = connect(name); Statement s = c.createStatement()) {
                s.execute("insert into agency (code, name, kind, organisation) values "
                        + "('NYJS', 'Northbridge Youth Justice Service', 'YOUTH_JUSTICE', 'Northbridge Council')");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return name;
    }

    private String url(String database) {
        return "jdbc:postgresql://" + server + "/" + database;
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), "postgres", "");
    }

    /** A youth justice extract of distinct young people (a few share family names, none share a date of birth). */
    private Path extract() throws IOException {
        String[] given = {"Amelia", "Oliver", "Isla", "Jack", "Ava", "Harry", "Mia", "Leo", "Zara", "Yusuf", "Niamh", "Kofi"};
        String[] family = {"Smith", "Khan", "Nowak", "Okafor", "Evans", "Patel", "Murphy", "Ali", "Price", "Walsh", "Byrne"};
        StringBuilder csv = new StringBuilder("source_id,given_name,family_name,dob,sex,postcode\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append("YJ-").append(i).append(',')
                    .append(given[i % given.length]).append(',')
                    .append(family[(i / given.length) % family.length]).append((char) ('a' + i % 26)).append((char) ('a' + i / 26 % 26))
                    .append(',')
                    .append(LocalDate.of(2004, 1, 1).plusDays(i)).append(',')
                    .append(i % 2 == 0 ? "F" : "M").append(",NB").append(1 + i % 9).append(' ').append(1 + i % 9).append("AB\n");
        }
        Path file = folder.resolve("nyjs-extract.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    /** Starts the application's command-line import against the database, as its own process. */
    private Process startImport(String database, Path file, Path log) throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "org.interstice.IntersticeApplication", "import", "--agency", "NYJS", "--file", file.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("INTERSTICE_DATABASE_URL", url(database));
        env.put("INTERSTICE_DATABASE_USERNAME", "postgres");
        env.put("INTERSTICE_DEMO", "false");
        env.put("INTERSTICE_DATA_DIR", folder.resolve("data-" + database).toString());
        Process process = builder.start();
        processes.add(process);
        return process;
    }

    private int runToEnd(Process process, Path log) throws Exception {
        if (!process.waitFor(RUN_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("the import did not finish within " + RUN_LIMIT + ":\n" + Files.readString(log));
        }
        return process.exitValue();
    }

    private int intQuery(String database, String sql) throws SQLException {
        try (Connection c = connect(database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private Map<String, Integer> counts(String database) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("agency records", intQuery(database, "select count(*) from person_record"));
        counts.put("distinct source ids", intQuery(database, "select count(distinct source_id) from person_record"));
        counts.put("subjects", intQuery(database, "select count(*) from subject"));
        counts.put("subjects with records", intQuery(database, "select count(distinct subject_id) from person_record"));
        counts.put("records awaiting review", intQuery(database, "select count(*) from person_record where subject_id is null"));
        counts.put("review tasks", intQuery(database, "select count(*) from review_task"));
        counts.put("link decisions", intQuery(database, "select count(*) from link_decision"));
        counts.put("names", intQuery(database, "select count(*) from person_name"));
        counts.put("addresses", intQuery(database, "select count(*) from person_address"));
        counts.put("import jobs", intQuery(database, "select count(*) from import_job"));
        counts.put("rows accepted", intQuery(database, "select count(*) from import_row"));
        counts.put("distinct rows accepted", intQuery(database, "select count(distinct row_no) from import_row"));
        return counts;
    }

    @Test
    void killing_the_application_during_an_import_and_running_it_again_loses_and_duplicates_nothing() throws Exception {
        Path file = extract();

        // 1. Start the import and kill the process (SIGKILL) once a part of the file has been written and linked.
        String killed = freshDatabase(true);
        Path firstLog = folder.resolve("first.log");
        Process first = startImport(killed, file, firstLog);
        long deadline = System.nanoTime() + RUN_LIMIT.toNanos();
        int processed = 0;
        try (Connection watch = connect(killed); Statement poll = watch.createStatement()) {
            while (processed < ImportRunner.CHUNK) {
                if (!first.isAlive()) {
                    fail("the import ended before it could be killed part-way:\n" + Files.readString(firstLog));
                }
                if (System.nanoTime() > deadline) {
                    fail("the import made no progress within " + RUN_LIMIT + ":\n" + Files.readString(firstLog));
                }
                try (ResultSet rs = poll.executeQuery("select coalesce(max(processed), 0) from import_job")) {
                    rs.next();
                    processed = rs.getInt(1);
                }
                Thread.sleep(20); // poll every 20 ms; the condition is read from the database
            }
            first.destroyForcibly();
            assertThat(first.waitFor(1, TimeUnit.MINUTES)).isTrue();
            assertThat(processed).as("killed part-way").isLessThan(ROWS);
            // PostgreSQL notices the dead client, ends its session and rolls its transaction back
            while (true) {
                try (ResultSet rs = poll.executeQuery("select count(*) from pg_stat_activity "
                        + "where datname = current_database() and pid <> pg_backend_pid()")) {
                    rs.next();
                    if (rs.getInt(1) == 0) {
                        break;
                    }
                }
                assertThat(System.nanoTime()).as("the killed session ended").isLessThan(deadline);
                Thread.sleep(20);
            }
        }
        assertThat(intQuery(killed, "select count(*) from person_record")).as("nothing half-imported is kept").isZero();
        assertThat(intQuery(killed, "select count(*) from import_job where status = 'RUNNING'"))
                .as("the history shows the import did not finish").isEqualTo(1);

        // 2. Run the same import again, to the end.
        Path secondLog = folder.resolve("second.log");
        assertThat(runToEnd(startImport(killed, file, secondLog), secondLog)).as(Files.readString(secondLog)).isZero();
        assertThat(Files.readString(secondLog)).contains("DONE: 6,000 rows, 6,000 accepted, 0 rejected (6,000 new");

        // 3. A clean single run of the same file in another fresh database.
        String clean = freshDatabase(true);
        Path cleanLog = folder.resolve("clean.log");
        assertThat(runToEnd(startImport(clean, file, cleanLog), cleanLog)).as(Files.readString(cleanLog)).isZero();

        Map<String, Integer> afterKill = counts(killed);
        assertThat(afterKill).isEqualTo(counts(clean));
        assertThat(afterKill).containsEntry("agency records", ROWS).containsEntry("distinct source ids", ROWS)
                .containsEntry("rows accepted", ROWS).containsEntry("distinct rows accepted", ROWS)
                .containsEntry("import jobs", 1);
        try (Connection c = connect(killed); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select status, rows, accepted, rejected, processed from import_job")) {
            rs.next();
            assertThat(List.of(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                    .as("the import history").containsExactly("DONE", ROWS, ROWS, 0, ROWS);
        }
    }

    @Test
    void a_demo_password_the_policy_refuses_stops_the_start_before_anything_is_seeded() throws Exception {
        String database = freshDatabase(false);
        Path log = folder.resolve("password.log");
        Path empty = Files.createFile(folder.resolve("empty.csv"));
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "org.interstice.IntersticeApplication", "import", "--agency", "NSP", "--file", empty.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("INTERSTICE_DATABASE_URL", url(database));
        builder.environment().put("INTERSTICE_DATABASE_USERNAME", "postgres");
        builder.environment().put("INTERSTICE_DEMO", "true");
        builder.environment().put("INTERSTICE_DEMO_PASSWORD", "bench");
        builder.environment().put("INTERSTICE_DATA_DIR", folder.resolve("data-password").toString());
        Process process = builder.start();
        processes.add(process);
        assertThat(runToEnd(process, log)).isNotZero();
        assertThat(Files.readString(log)).contains("INTERSTICE_DEMO_PASSWORD does not meet the password policy: "
                + "Enter a password of at least 12 characters");
        boolean migrated = intQuery(database, "select count(*) from information_schema.tables where table_name = 'app_user'") > 0;
        if (migrated) {
            assertThat(intQuery(database, "select count(*) from app_user")).isZero();
            assertThat(intQuery(database, "select count(*) from agency")).isZero();
        }
    }
}
