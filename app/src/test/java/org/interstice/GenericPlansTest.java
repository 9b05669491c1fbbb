package org.interstice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Generic plans hold for the work given and no further: the caller's transaction gets its own setting back. */
@IntegrationTest
class GenericPlansTest {

    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    private String mode() {
        return jdbc.sql("select current_setting('plan_cache_mode')").query(String.class).single();
    }

    @Test
    void the_work_runs_with_generic_plans_and_the_transaction_gets_its_setting_back() {
        String[] seen = transactions.execute(tx -> {
            jdbc.sql("select set_config('plan_cache_mode', 'force_custom_plan', true)").query().singleRow();
            String inside = GenericPlans.within(jdbc, this::mode);
            String nested = GenericPlans.within(jdbc, () -> GenericPlans.within(jdbc, this::mode) + " " + mode());
            return new String[]{inside, nested, mode()};
        });
        assertThat(seen).containsExactly("force_generic_plan", "force_generic_plan force_generic_plan", "force_custom_plan");
        String after = transactions.execute(tx -> mode());
        assertThat(after).isEqualTo("auto");
    }
}
