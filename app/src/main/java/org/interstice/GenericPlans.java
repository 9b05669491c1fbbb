package org.interstice;

import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PostgreSQL's generic plans for a transaction's statements, for the work run after every intelligence report
 * (registering its suspects and sweeping their alarms, ADR 0080). The driver keeps a statement after five uses;
 * PostgreSQL then still planned these afresh on every execution, as it guessed that a plan made for the values (ids as
 * an array) would beat one made for any values: for 10,000 reports it spent about 40 s planning them against 32 s
 * running them (issue 12). Each of these statements reads by an index whatever the values, so one plan serves all.
 * Not for any statement: a generic plan can be much slower where the values decide the best way to read.
 */
public final class GenericPlans {

    private static final String GENERIC = "force_generic_plan";

    private GenericPlans() {
    }

    /**
     * Runs {@code work} with generic plans in the current transaction (which it needs), then puts back the setting the
     * transaction had. When {@code work} throws, the transaction ends the setting.
     */
    public static <T> T within(JdbcClient jdbc, Supplier<T> work) {
        String before = jdbc.sql("select current_setting('plan_cache_mode'), set_config('plan_cache_mode', ?, true)")
                .param(GENERIC).query((rs, n) -> rs.getString(1)).single();
        T result = work.get();
        if (!GENERIC.equals(before))
            jdbc.sql("select set_config('plan_cache_mode', ?, true)").param(before).query(String.class).single();
        return result;
    }
}
