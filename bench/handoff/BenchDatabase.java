import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Locale;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL for the hand-off page benchmark, so that the application can run on a large hand-off table.
 * <ul>
 * <li>{@code serve DIR PORT}: starts the embedded PostgreSQL 17 (the application's own) on PORT with its data in
 * DIR, prints READY, and keeps it running until this process is stopped.</li>
 * <li>{@code seed JDBC_URL N}: adds N open hand-offs between the agencies already there (the demo partnership), in
 * the shape the application writes them: each with its "Sent" history line, 1% overdue with their first escalation
 * step recorded, subjects shared by about three hand-offs each.</li>
 * </ul>
 */
public class BenchDatabase {

    public static void main(String[] args) throws Exception {
        if (args[0].equals("serve")) {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(Path.of(args[1]))
                    .setCleanDataDirectory(true).setPort(Integer.parseInt(args[2]))
                    .setServerConfig("shared_buffers", "256MB").setServerConfig("max_wal_size", "4GB")
                    .setServerConfig("synchronous_commit", "off").start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (Exception e) {
                    e.printStackTrace();
                }
            }));
            System.out.println("READY " + pg.getJdbcUrl("postgres", "postgres"));
            Thread.currentThread().join();
        } else if (args[0].equals("seed")) {
            seed(args[1], Integer.parseInt(args[2]));
        } else {
            throw new IllegalArgumentException("serve DIR PORT | seed JDBC_URL N");
        }
    }

    private static void seed(String url, int n) throws Exception {
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement()) {
            s.execute("""
                    create temp table ag as
                    select row_number() over (order by a.code) as n, a.id,
                           (select t.id from team t where t.agency_id = a.id order by t.name limit 1) as team_id,
                           (select u.id from app_user u where u.agency_id = a.id and u.active order by u.username limit 1) as user_id,
                           (select u.id from app_user u where u.agency_id = a.id and u.role = 'TEAM_MANAGER' and u.active
                            order by u.username limit 1) as manager_id
                    from agency a""");
            int agencies;
            try (var rs = s.executeQuery("select count(*) from ag")) {
                rs.next();
                agencies = rs.getInt(1);
            }
            s.execute("select setseed(0.42)");
            s.execute(String.format(Locale.ROOT, """
                    create temp table seeded as
                    select gen_random_uuid() as id, x.g, f.id as from_agency, f.team_id as from_team, f.user_id as from_user,
                           t.id as to_agency, t.team_id as to_team, t.manager_id, x.due,
                           ('00000000-0000-4000-8000-' || lpad(to_hex(x.g / 3), 12, '0'))::uuid as subject
                    from (select g,
                                 case when random() < 0.01 then now() - random() * interval '3 days'
                                      else now() + random() * interval '30 days' + interval '1 hour' end as due,
                                 1 + (g %% %1$d) as fn, 1 + ((g + 1 + g / %1$d) %% %1$d) as tn
                          from generate_series(1, %2$d) g) x
                    join ag f on f.n = x.fn
                    join ag t on t.n = case when x.tn = x.fn then 1 + (x.tn %% %1$d) else x.tn end""", agencies, n));
            s.execute("""
                    insert into handoff (id, kind, urgency, subject_id, from_agency_id, from_team_id, from_user_id,
                        to_agency_id, to_team_id, summary, state, sent_at, acknowledgement_due_at, completion_due_at, due_at,
                        second_escalation_at, escalation_step)
                    select id, (array['REFERRAL','REQUEST_FOR_INFORMATION','ACTION','TRANSFER_OF_RESPONSIBILITY'])[1 + g % 4],
                           (array['RED','AMBER','GREEN'])[1 + g % 3], subject, from_agency, from_team, from_user, to_agency,
                           to_team, 'Bench hand-off ' || g || ': please review the attached concern and confirm the plan',
                           'SENT', due - interval '3 days', due, due + interval '7 days', due, due + interval '4 hours',
                           case when due < now() then 1 else 0 end
                    from seeded""");
            s.execute("""
                    insert into handoff_history (handoff_id, at, action, by_user_id, note)
                    select id, due - interval '3 days', 'Sent', from_user, null from seeded""");
            s.execute("""
                    insert into handoff_escalation (handoff_id, step, escalated_at, escalated_to_user_id, missed)
                    select id, 1, due + interval '1 minute', manager_id, 'ACKNOWLEDGEMENT' from seeded where due < now()""");
            s.execute("vacuum analyze handoff");
            s.execute("vacuum analyze handoff_history");
            s.execute("vacuum analyze handoff_escalation");
            try (var rs = s.executeQuery("select count(*), count(*) filter (where due_at < now()) from handoff")) {
                rs.next();
                System.out.printf("seeded %,d hand-offs (%,d now in the table, %,d overdue) in %.1f s%n", n,
                        rs.getLong(1), rs.getLong(2), (System.nanoTime() - t0) / 1e9);
            }
        }
    }
}
