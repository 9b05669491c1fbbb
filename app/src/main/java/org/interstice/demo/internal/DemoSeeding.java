package org.interstice.demo.internal;

import org.interstice.DemoMode;
import org.interstice.demo.DemoStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;

/** Runs each demo step once, in order, in demo mode, before the application takes requests. */
@Component
@Order(0)
class DemoSeeding implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeding.class);

    private final DemoMode mode;
    private final List<DemoStep> steps;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoSeeding(DemoMode mode, List<DemoStep> steps, JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.mode = mode;
        this.steps = steps.stream().sorted(Comparator.comparingInt(DemoStep::order)
                .thenComparing(s -> ClassUtils.getUserClass(s).getName())).toList();
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.on()) {
            return;
        }
        for (DemoStep step : steps) {
            String name = ClassUtils.getUserClass(step).getName();
            transactions.executeWithoutResult(status -> {
                // The lock makes two instances starting together on one database seed once.
                jdbc.sql("lock table demo_step_run in exclusive mode").update();
                boolean ran = jdbc.sql("select count(*) from demo_step_run where step = ?").param(name)
                        .query(Long.class).single() > 0;
                if (!ran) {
                    log.info("Seeding demo data: {} (order {})", step.getClass().getSimpleName(), step.order());
                    step.seed();
                    jdbc.sql("insert into demo_step_run (step, step_order, ran_at) values (?, ?, ?)")
                            .params(name, step.order(), Timestamp.from(clock.instant())).update();
                }
            });
        }
    }
}
