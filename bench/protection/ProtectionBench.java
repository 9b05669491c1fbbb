import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.interstice.IntersticeApplication;
import org.interstice.protection.alarm.AlarmSweep;
import org.interstice.protection.alarm.Alarms;
import org.interstice.protection.common.Scope;
import org.interstice.protection.timeline.Clocks;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark for issue 4: the "known but not protected" alarm list and a team's overdue clocks with 50,000 children
 * and about 1,000,000 protection events. Boots the real application on its own embedded database (cleaned first),
 * loads the data with set-based SQL (deterministic: every "random" choice is a hash of the row number), raises the
 * alarms with the real sweep, then times the real query methods and the HTTP API. See README.md for the command.
 */
public class ProtectionBench {

    static final int CHILDREN = Integer.getInteger("children", 50_000);
    static final int ITERATIONS = Integer.getInteger("iterations", 200);
    static final String TOKEN = "protection-bench-token";

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext app = SpringApplication.run(IntersticeApplication.class,
                "--interstice.data-dir=" + System.getProperty("dataDir", "/tmp/interstice-protection-bench"),
                "--interstice.database.embedded.clean=true", "--interstice.database.url=",
                "--interstice.demo.enabled=true", "--interstice.demo.password=bench-password-long-enough",
                "--interstice.demo.api-token=" + TOKEN, "--server.port=0",
                "--interstice.protection.alarm-sweep-cron=-", "--logging.level.root=WARN");
        try {
            run(app);
        } finally {
            app.close();
        }
    }

    static void run(ConfigurableApplicationContext app) throws Exception {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        Clock clock = app.getBean(Clock.class);
        LocalDate today = LocalDate.now(clock);

        long t0 = System.nanoTime();
        Seed.load(jdbc, CHILDREN);
        long loaded = System.nanoTime();
        int swept = app.getBean(AlarmSweep.class).sweep();
        long sweptAt = System.nanoTime();
        jdbc.sql("ANALYZE").update();

        long events = jdbc.sql("""
                SELECT (SELECT count(*) FROM protection_contact) + (SELECT count(*) FROM exploitation_screening)
                     + (SELECT count(*) FROM exploitation_screening_finding) + (SELECT count(*) FROM statutory_clock)
                     + (SELECT count(*) FROM child_seen) + (SELECT count(*) FROM lead_professional)
                     + (SELECT count(*) FROM protection_plan) + (SELECT count(*) FROM plan_action)""").query(Long.class).single();
        long children = jdbc.sql("SELECT count(*) FROM protection_child").query(Long.class).single();
        long open = jdbc.sql("SELECT count(*) FROM protection_alarm WHERE ended_at IS NULL").query(Long.class).single();
        System.out.printf("children %,d; events %,d; load %.1f s; sweep of %,d candidates %.1f s; open alarms %,d%n",
                children, events, (loaded - t0) / 1e9, swept, (sweptAt - loaded) / 1e9, open);

        Alarms alarms = app.getBean(Alarms.class);
        Clocks clocks = app.getBean(Clocks.class);
        UUID csc = jdbc.sql("SELECT id FROM agency WHERE code = 'NBC-CSC'").query(UUID.class).single();
        UUID busiest = jdbc.sql("""
                SELECT owner_team_id FROM statutory_clock
                WHERE owner_team_id IS NOT NULL AND completed_on IS NULL AND cancelled_on IS NULL AND due_on < :today
                GROUP BY owner_team_id ORDER BY count(*) DESC LIMIT 1""").param("today", today).query(UUID.class).single();
        long overdue = clocks.overdueCountForTeam(busiest, today);
        Scope wide = new Scope(true, csc, null);
        Scope teamManager = new Scope(false, csc, busiest);
        System.out.printf("busiest team has %,d overdue clocks; team manager sees %,d open alarms%n", overdue,
                alarms.openCount(teamManager));

        measure("alarm list, partnership-wide, oldest first (100 + count)", () -> {
            alarms.open(wide, Alarms.Order.AGE, 100, 0);
            return alarms.openCount(wide);
        });
        measure("alarm list, partnership-wide, highest risk first (100 + count)", () -> {
            alarms.open(wide, Alarms.Order.RISK, 100, 0);
            return alarms.openCount(wide);
        });
        measure("alarm list, a team manager's scope (100 + count)", () -> {
            alarms.open(teamManager, Alarms.Order.AGE, 100, 0);
            return alarms.openCount(teamManager);
        });
        measure("team overdue list (500 + count)", () -> {
            clocks.overdueForTeam(busiest, today, 500);
            return clocks.overdueCountForTeam(busiest, today);
        });

        int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/protection/alarms?limit=100"))
                .header("Authorization", "Bearer " + TOKEN).build();
        measure("GET /api/v1/protection/alarms?limit=100 over HTTP", () -> {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
            }
            return response.body().length();
        });

        System.out.println("\nPlans (EXPLAIN ANALYZE):");
        explain(jdbc, """
                SELECT a.id FROM protection_alarm a JOIN protection_child c ON c.subject_id = a.subject_id
                WHERE a.ended_at IS NULL ORDER BY a.raised_at LIMIT 100""", null, null);
        explain(jdbc, """
                SELECT k.id FROM statutory_clock k JOIN protection_child c ON c.subject_id = k.subject_id
                WHERE k.owner_team_id = :team AND k.completed_on IS NULL AND k.cancelled_on IS NULL AND k.due_on < :today
                ORDER BY k.due_on, k.id LIMIT 500""", busiest, today);
    }

    static void measure(String name, Callable<?> action) throws Exception {
        for (int i = 0; i < 20; i++) {
            action.call();
        }
        long[] nanos = new long[ITERATIONS];
        for (int i = 0; i < ITERATIONS; i++) {
            long start = System.nanoTime();
            action.call();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("%-66s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  (n=%d)%n", name, nanos[ITERATIONS / 2] / 1e6,
                nanos[(int) Math.ceil(ITERATIONS * 0.95) - 1] / 1e6, nanos[ITERATIONS - 1] / 1e6, ITERATIONS);
    }

    static void explain(JdbcClient jdbc, String sql, UUID team, LocalDate today) {
        var spec = jdbc.sql("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + sql);
        if (team != null) {
            spec = spec.param("team", team).param("today", today);
        }
        spec.query(String.class).list().forEach(line -> System.out.println("  " + line));
    }

    /** Set-based, deterministic load: each choice is a hash of the row number. */
    static final class Seed {

        static void load(JdbcClient jdbc, int n) {
            jdbc.sql("""
                    INSERT INTO team (agency_id, name)
                    SELECT (SELECT id FROM agency WHERE code = 'NBC-CSC'), 'Bench team ' || lpad(g::text, 2, '0')
                    FROM generate_series(1, 20) g ON CONFLICT DO NOTHING""").update();
            List<String> statements = new ArrayList<>();
            statements.add("""
                    INSERT INTO protection_child (subject_id, stated_name, stated_birth_date, responsible_team_id, risk_rank,
                        risk_level_count, risk_label, risk_assessed_on, risk_rose_on, rescreen_due_on, last_seen_on)
                    SELECT md5('child' || g)::uuid, 'Bench Child ' || g, current_date - (3650 + g % 2500),
                           (SELECT array_agg(id ORDER BY name) FROM team WHERE name LIKE 'Bench team %')[1 + g % 20],
                           r.rank, CASE WHEN r.rank IS NULL THEN NULL ELSE 4 END,
                           CASE r.rank WHEN 1 THEN 'Category 1: not at risk' WHEN 2 THEN 'Category 2: mild'
                                       WHEN 3 THEN 'Category 3: moderate' WHEN 4 THEN 'Category 4: significant' END,
                           CASE WHEN r.rank IS NULL THEN NULL ELSE current_date - (g % 80) END,
                           CASE WHEN r.rank IS NOT NULL AND abs(hashtext('rose' || g)) % 10 = 0 THEN current_date - (g % 60) END,
                           CASE WHEN r.rank IS NULL THEN NULL ELSE current_date - (g % 80) + 91 END,
                           CASE WHEN abs(hashtext('seen' || g)) % 5 = 0 THEN NULL ELSE current_date - (g % 45) END
                    FROM generate_series(1, :n) g
                    CROSS JOIN LATERAL (SELECT CASE WHEN h < 24 THEN 1 WHEN h < 42 THEN 2 WHEN h < 54 THEN 3
                                                    WHEN h < 60 THEN 4 END AS rank
                                        FROM (SELECT abs(hashtext('risk' || g)) % 100 AS h) x) r""");
            statements.add("""
                    INSERT INTO protection_contact (id, subject_id, referring_agency_id, referred_by, referral_source, received_at,
                        concern, decision_due_on, outcome, outcome_reason, decided_at, decided_by)
                    SELECT md5('contact' || g || '-' || k)::uuid, md5('child' || g)::uuid,
                           (SELECT array_agg(id ORDER BY code) FROM agency)[1 + (g + k) % 9], 'Bench referrer', '6',
                           now() - ((g * 7 + k * 13) % 400) * interval '1 day', 'Bench concern',
                           current_date - ((g * 7 + k * 13) % 400) + 1,
                           CASE WHEN (g + k) % 100 = 0 THEN NULL ELSE 'ASSESSMENT' END,
                           CASE WHEN (g + k) % 100 = 0 THEN NULL ELSE 'Bench reason' END,
                           CASE WHEN (g + k) % 100 = 0 THEN NULL ELSE now() - ((g * 7 + k * 13) % 400) * interval '1 day' END,
                           'Bench MASH'
                    FROM generate_series(1, :n) g CROSS JOIN generate_series(1, 4) k""");
            statements.add("""
                    INSERT INTO exploitation_screening (id, subject_id, screened_on, recorded_at, screened_by, agency_id, disclosure,
                        score, vocabulary_code, level_rank, level_count, level_label, previous_rank, rescreen_due_on)
                    SELECT md5('screening' || c.subject_id || k)::uuid, c.subject_id, c.risk_assessed_on - (k - 1) * 90, now(),
                           'Bench screener', (SELECT id FROM agency WHERE code = 'NBC-CSC'), false, c.risk_rank * 5,
                           'SERAF', c.risk_rank, 4, c.risk_label, NULL, c.risk_assessed_on - (k - 1) * 90 + 91
                    FROM protection_child c CROSS JOIN generate_series(1, 2) k WHERE c.risk_rank IS NOT NULL AND c.stated_name LIKE 'Bench Child %'""");
            statements.add("""
                    INSERT INTO exploitation_screening_finding (screening_id, indicator_code, tier, recent, earlier, points)
                    SELECT s.id, i.code, i.tier, true, false, 1
                    FROM exploitation_screening s
                    CROSS JOIN LATERAL (SELECT code, tier FROM exploitation_indicator
                                        ORDER BY md5(code || s.id::text) LIMIT 4) i
                    WHERE s.screened_by = 'Bench screener'""");
            statements.add("""
                    INSERT INTO statutory_clock (id, subject_id, kind, started_on, due_on, basis, owner_team_id, source_id,
                        completed_on, created_at)
                    SELECT md5('clock' || c.subject_id || k)::uuid, c.subject_id,
                           (ARRAY['REFERRAL_DECISION','ASSESSMENT','STRATEGY_DISCUSSION','VISIT','ICPC'])[k],
                           current_date - (abs(hashtext('start' || c.subject_id || k)) % 300),
                           current_date - (abs(hashtext('start' || c.subject_id || k)) % 300) + (ARRAY[1, 63, 1, 14, 21])[k],
                           'Bench basis', CASE WHEN k = 1 THEN NULL ELSE c.responsible_team_id END, NULL,
                           CASE WHEN abs(hashtext('done' || c.subject_id || k)) % 100 < 90
                                THEN current_date - (abs(hashtext('start' || c.subject_id || k)) % 300) + 1 END,
                           now()
                    FROM protection_child c CROSS JOIN generate_series(1, 5) k WHERE c.stated_name LIKE 'Bench Child %'""");
            statements.add("""
                    INSERT INTO child_seen (id, subject_id, seen_on, seen_by, agency_id, kind, recorded_at)
                    SELECT md5('seen' || c.subject_id || k)::uuid, c.subject_id, coalesce(c.last_seen_on, current_date - 200) - (k - 1) * 21,
                           'Bench visitor', (SELECT id FROM agency WHERE code = 'NBC-CSC'), 'VISIT', now()
                    FROM protection_child c CROSS JOIN generate_series(1, 4) k WHERE c.stated_name LIKE 'Bench Child %'""");
            statements.add("""
                    INSERT INTO lead_professional (id, subject_id, person_name, agency_id, from_on, recorded_by)
                    SELECT md5('lead' || c.subject_id)::uuid, c.subject_id, 'Bench Lead', (SELECT id FROM agency WHERE code = 'NBC-CSC'),
                           current_date - 100, 'Bench'
                    FROM protection_child c WHERE abs(hashtext('lead' || c.subject_id)) % 100 < 40 AND c.stated_name LIKE 'Bench Child %'""");
            statements.add("""
                    INSERT INTO protection_plan (id, subject_id, plan_type, started_on, owner_team_id, created_by)
                    SELECT md5('plan' || c.subject_id)::uuid, c.subject_id, 'EXPLOITATION_SAFETY', current_date - 100,
                           c.responsible_team_id, 'Bench'
                    FROM protection_child c WHERE abs(hashtext('plan' || c.subject_id)) % 100 < 40 AND c.stated_name LIKE 'Bench Child %'""");
            statements.add("""
                    INSERT INTO plan_action (id, plan_id, description, owner_name, owner_agency_id, due_on)
                    SELECT md5('action' || p.id || k)::uuid, p.id, 'Bench action', 'Bench Owner',
                           (SELECT id FROM agency WHERE code = 'NBC-CSC'), current_date + k * 7
                    FROM protection_plan p CROSS JOIN generate_series(1, 2) k WHERE p.created_by = 'Bench'""");
            for (String statement : statements) {
                var spec = jdbc.sql(statement);
                if (statement.contains(":n")) {
                    spec = spec.param("n", n);
                }
                spec.update();
            }
        }
    }
}
