package org.interstice;

import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PostgreSQL's generic plans for a transaction's statements, for the paths that run the same statements after every
 * report (recording it, registering its suspects, sweeping their alarms). The driver keeps a statement after five
 * uses; PostgreSQL then still planned it afresh on every execution whenever it guessed that a plan made for the values
 * would beat one made for any values, which for these statements (ids as an array) it always did: planning took more
 * of the database's time than running them (about 40 of its 80 CPU seconds for 10,000 reports, issue 12). Each of these
 * statements reads by an index whatever the values, so one plan serves all.
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
