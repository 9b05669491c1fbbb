import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Times the hand-off escalation sweep (the exact SQL of EscalationSweep) over N open hand-offs of which a fraction
 * are overdue, on the embedded PostgreSQL 17 with the real migrations. Each timed run is rolled back so every run
 * does the same work. Run with bench/handoff/escalation-sweep.sh [open] [overdueFraction] [runs].
 */
public class EscalationSweepBench {

    public static void main(String[] args) throws Exception {
        int open = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        double overdue = args.length > 1 ? Double.parseDouble(args[1]) : 0.01;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path dir = Files.createTempDirectory("handoff-bench");
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true)
                .setServerConfig("shared_buffers", "256MB").setServerConfig("work_mem", "64MB")
                .setServerConfig("max_wal_size", "4GB").setServerConfig("synchronous_commit", "off").start()) {
            DataSource ds = pg.getPostgresDatabase();
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
            long t0 = System.nanoTime();
            seed(ds, open, overdue);
            System.out.printf("seeded %,d open hand-offs (%.1f%% overdue) in %.1f s%n", open, overdue * 100,
                    (System.nanoTime() - t0) / 1e9);

            Field field = Class.forName("org.interstice.handoff.internal.EscalationSweep").getDeclaredField("ESCALATE");
            field.setAccessible(true);
            String sweep = (String) field.get(null);
            NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(ds);
            TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
            Map<String, Object> now = Map.of("now", Instant.parse("2026-06-10T12:00:00Z").atOffset(ZoneOffset.UTC));
            List<Double> seconds = new ArrayList<>();
            for (int i = 0; i < runs + 1; i++) {
                long start = System.nanoTime();
                int escalated = tx.execute(status -> {
                    jdbc.getJdbcTemplate().queryForObject(
                            "select 1 from pg_advisory_xact_lock(hashtext('handoff-escalation-sweep'))", Integer.class);
                    int n = jdbc.query(sweep, now, (rs, row) -> 1).size();
                    status.setRollbackOnly();
                    return n;
                });
                double s = (System.nanoTime() - start) / 1e9;
                System.out.printf("%s run: escalated %,d in %.3f s%n", i == 0 ? "warm-up" : "timed", escalated, s);
                if (i > 0) {
                    seconds.add(s);
                }
            }
            if (System.getenv("EXPLAIN") != null) {
                tx.execute(status -> {
                    jdbc.query("explain (analyze, buffers) " + sweep, now, (rs, row) -> rs.getString(1))
                            .forEach(System.out::println);
                    status.setRollbackOnly();
                    return null;
                });
            }
            Collections.sort(seconds);
            System.out.printf("RESULT open=%d overdue=%.4f median=%.3f s max=%.3f s (runs=%d)%n", open, overdue,
                    seconds.get(seconds.size() / 2), seconds.get(seconds.size() - 1), runs);
        }
    }

    /** Nine agencies with a team and a manager each, a partnership lead, and N open hand-offs between them. */
    private static void seed(DataSource ds, int open, double overdue) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    insert into agency (code, name, kind, organisation)
                    select 'A' || g, 'Agency ' || g,
                           (array['CHILDRENS_SOCIAL_CARE','POLICE','HEALTH','EDUCATION','YOUTH_JUSTICE','VOLUNTARY','LICENSING','EDUCATION','EDUCATION'])[g],
                           'Org ' || g from generate_series(1, 9) g""");
            s.execute("insert into team (agency_id, name) select id, 'Front door' from agency");
            s.execute("""
                    insert into app_user (username, display_name, agency_id, team_id, role, password_hash)
                    select 'manager' || lower(a.code), 'Manager ' || a.code, a.id, t.id, 'TEAM_MANAGER', '{noop}x'
                    from agency a join team t on t.agency_id = a.id""");
            s.execute("""
                    insert into app_user (username, display_name, agency_id, role, password_hash)
                    select 'lead', 'Partnership lead', id, 'PARTNERSHIP_LEAD', '{noop}x' from agency where code = 'A1'""");
            s.execute("create temp table ag as select row_number() over (order by code) as n, a.id, t.id as team_id "
                    + "from agency a join team t on t.agency_id = a.id");
            // setseed makes the generated data repeatable.
            s.execute("select setseed(0.42)");
            s.execute(String.format(Locale.ROOT, """
                    insert into handoff (id, kind, urgency, from_agency_id, to_agency_id, to_team_id, summary, state,
                        sent_at, acknowledgement_due_at, completion_due_at, due_at, second_escalation_at, escalation_step)
                    select gen_random_uuid(), 'REFERRAL', 'AMBER', f.id, t.id, t.team_id, 'Bench hand-off ' || g,
                           case when g %% 3 = 0 then 'SENT' when g %% 3 = 1 then 'ACKNOWLEDGED' else 'ACCEPTED' end,
                           due - interval '3 days', due - interval '2 days', due, due, due + interval '4 hours', 0
                    from (select g,
                                 case when random() < %f
                                      then timestamptz '2026-06-10 12:00:00+00' - (random() * interval '3 days')
                                      else timestamptz '2026-06-10 12:00:00+00' + (random() * interval '30 days') + interval '1 minute'
                                 end as due,
                                 1 + (g %% 9) as fn, 1 + ((g + 1 + g / 9) %% 9) as tn
                          from generate_series(1, %d) g) x
                    join ag f on f.n = x.fn join ag t on t.n = case when x.tn = x.fn then 1 + (x.tn %% 9) else x.tn end
                    """, overdue, open));
            s.execute("vacuum analyze handoff");
        }
    }
}
