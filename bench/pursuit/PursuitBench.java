import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.interstice.IntersticeApplication;
import org.interstice.pursuit.internal.AlarmSweep;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 7 latency targets against the real application and a real embedded PostgreSQL:
 * the alarm list (GET /api/v1/pursuit/alarms) with 10,000 suspects, and a subject's two-step neighbourhood
 * (GET /api/v1/intelligence/subjects/{id}/neighbourhood). Loads 10,000 suspects named in about 20,000 reports from three
 * agencies, sharing 2,000 vehicles and 3,000 phones and naming 3,000 children whom protection has screened at every
 * level, then sweeps the alarm rule over all of them.
 *
 *   bench/pursuit/run.sh      (builds, writes the classpath, runs this under the benchmark lock)
 */
public class PursuitBench {

    static final String TOKEN = "bench-partnership-token";

    public static void main(String[] args) throws Exception {
        int suspects = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        ConfigurableApplicationContext ctx = new SpringApplication(IntersticeApplication.class).run(
                "--server.port=0", "--interstice.data-dir=target/bench-data", "--interstice.database.embedded.clean=true",
                "--interstice.database.url=", "--interstice.demo.enabled=true", "--interstice.demo.password=bench-password",
                "--interstice.demo.api-token=" + TOKEN, "--logging.level.root=WARN");
        try {
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            long t = System.nanoTime();
            load(jdbc, suspects);
            System.out.printf("loaded %d suspects, %d reports, %d links in %.1f s%n", suspects,
                    jdbc.sql("select count(*) from intelligence_report").query(Long.class).single(),
                    jdbc.sql("select count(*) from pole_link").query(Long.class).single(), secs(t));
            t = System.nanoTime();
            ctx.getBean(AlarmSweep.class).sweepAll(LocalDate.now(ctx.getBean(Clock.class)));
            System.out.printf("alarm sweep over all suspects: %.1f s; open alarms: %d%n", secs(t),
                    jdbc.sql("select count(*) from pursuit_alarm where ended_at is null").query(Long.class).single());

            int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
            HttpClient http = HttpClient.newHttpClient();
            measure("GET /api/v1/pursuit/alarms (first page, default limit 100)", 20, 200, i -> get(http, port, "/api/v1/pursuit/alarms"));
            measure("GET /api/v1/pursuit/alarms?offset=1000&limit=500", 20, 200, i -> get(http, port, "/api/v1/pursuit/alarms?offset=1000&limit=500"));
            List<UUID> subjects = jdbc.sql("select subject_id from pole_entity where label like 'Bench suspect %'").query(UUID.class).list();
            Random rnd = new Random(11);
            measure("GET /api/v1/intelligence/subjects/{id}/neighbourhood", 20, 500,
                    i -> get(http, port, "/api/v1/intelligence/subjects/" + subjects.get(rnd.nextInt(subjects.size())) + "/neighbourhood"));
        } finally {
            ctx.close();
        }
    }

    interface Call {
        int run(int i) throws Exception;
    }

    static void measure(String what, int warmup, int n, Call call) throws Exception {
        for (int i = 0; i < warmup; i++) call.run(i);
        List<Double> ms = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            bytes += call.run(i);
            ms.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(ms);
        System.out.printf("%s: n=%d p50 %.1f ms, p95 %.1f ms, max %.1f ms (mean response %d bytes)%n", what, n,
                ms.get(n / 2), ms.get((int) Math.ceil(n * 0.95) - 1), ms.get(n - 1), bytes / n);
    }

    static int get(HttpClient http, int port, String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException(path + " -> " + r.statusCode() + " " + r.body());
        return r.body().length();
    }

    /** Bulk-loads the suspects and their intelligence in SQL (the same tables the application writes). */
    static void load(JdbcClient jdbc, int n) {
        List<UUID> agencies = jdbc.sql("select id from agency where code in ('NSP', 'NBC-CSC', 'NBH') order by code").query(UUID.class).list();
        Map<String, Object> p = Map.of("n", n, "a1", agencies.get(0), "a2", agencies.get(1), "a3", agencies.get(2));
        jdbc.sql("create unlogged table bench_person as select g as n, gen_random_uuid() as id, gen_random_uuid() as subject from generate_series(1, :n) g")
                .params(p).update();
        jdbc.sql("""
                insert into pole_entity (id, kind, entity_type, label, subject_id, created_at)
                select id, 'PERSON', 'PERSON', 'Bench suspect ' || n, subject, now() from bench_person""").update();
        jdbc.sql("""
                insert into pole_entity (id, kind, entity_type, natural_key, label, created_at)
                select gen_random_uuid(), 'OBJECT', 'VEHICLE', 'BV' || g, 'BV' || g, now() from generate_series(0, 1999) g""").update();
        jdbc.sql("""
                insert into pole_entity (id, kind, entity_type, natural_key, label, created_at)
                select gen_random_uuid(), 'OBJECT', 'PHONE', '+447910' || lpad(g::text, 6, '0'), '+447910' || lpad(g::text, 6, '0'), now()
                from generate_series(0, 2999) g""").update();
        jdbc.sql("""
                create unlogged table bench_report as
                select p.n, p.id as person, k, gen_random_uuid() as report,
                       current_date - (p.n % 300) - k * 7 as reported_on,
                       case k when 1 then cast(:a1 as uuid) when 2 then cast(:a2 as uuid) else cast(:a3 as uuid) end as agency
                from bench_person p cross join generate_series(1, 3) k where k <= 1 + p.n % 3""").params(p).update();
        jdbc.sql("""
                insert into intelligence_report (id, reference, reported_on, recorded_at, reporting_agency_id, source_type, body,
                    grading_system, source_grade, information_grade, handling_code)
                select report, 'IR-BENCH-' || n || '-' || k, reported_on, now(), agency, 'CHILD_ACCOUNT', 'Bench report', '3x5x2', '2', 'B', 'P'
                from bench_report""").update();
        jdbc.sql("insert into intelligence_mention (report_id, entity_id, role) select report, person, 'SUSPECT' from bench_report").update();
        jdbc.sql("""
                insert into pole_link (id, from_entity_id, to_entity_id, relation, report_id, asserted_on, recorded_at)
                select gen_random_uuid(), r.person, v.id, 'DRIVES', r.report, r.reported_on, now()
                from bench_report r join pole_entity v on v.entity_type = 'VEHICLE' and v.natural_key = 'BV' || (r.n % 2000) where r.k = 1""").update();
        jdbc.sql("""
                insert into pole_link (id, from_entity_id, to_entity_id, relation, report_id, asserted_on, recorded_at)
                select gen_random_uuid(), r.person, ph.id, 'USES_PHONE', r.report, r.reported_on, now()
                from bench_report r join pole_entity ph on ph.entity_type = 'PHONE' and ph.natural_key = '+447910' || lpad((r.n % 3000)::text, 6, '0')
                where r.k = 1""").update();
        // 3,000 children named alongside the suspects; protection has screened them at every level of SERAF's four,
        // so the alarm's "children at risk" asks protection (ChildrenAtRiskQuery) for real
        jdbc.sql("create unlogged table bench_child as select g as n, gen_random_uuid() as id, gen_random_uuid() as subject from generate_series(0, 2999) g").update();
        jdbc.sql("""
                insert into pole_entity (id, kind, entity_type, label, subject_id, created_at)
                select id, 'PERSON', 'PERSON', 'Bench child ' || n, subject, now() from bench_child""").update();
        jdbc.sql("""
                insert into protection_child (subject_id, stated_name, risk_rank, risk_level_count, risk_label, risk_assessed_on)
                select subject, 'Bench child ' || n, 1 + n % 4, 4, 'Category ' || (1 + n % 4), current_date - 10 from bench_child""").update();
        jdbc.sql("""
                insert into intelligence_mention (report_id, entity_id, role)
                select r.report, c.id, 'CHILD_AT_RISK' from bench_report r
                join bench_child c on c.n = case r.k when 1 then r.n % 3000 else (r.n * 7) % 3000 end
                where r.k <= 2""").update();
        jdbc.sql("""
                insert into suspect (id, person_entity_id, subject_id, display_name, stage, stage_entered_on, named_on, created_at)
                select gen_random_uuid(), p.id, p.subject, 'Bench suspect ' || p.n, 'NAMED', min(r.reported_on), min(r.reported_on), now()
                from bench_person p join bench_report r on r.person = p.id group by p.id, p.subject, p.n""").update();
        jdbc.sql("""
                insert into suspect_stage_history (id, suspect_id, stage, entered_on, recorded_at)
                select gen_random_uuid(), id, 'NAMED', named_on, now() from suspect where display_name like 'Bench suspect %'""").update();
        jdbc.sql("analyze").update();
    }

    static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
