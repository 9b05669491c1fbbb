package org.interstice;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;

import java.time.Clock;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** The platform every module stands on: PostgreSQL 17, Flyway's self-documenting schema, the event registry. */
@IntegrationTest
class PlatformTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventPublicationRegistry events;
    @Autowired
    Clock clock;

    @Test
    void theDatabaseIsPostgreSql17() {
        assertThat(jdbc.sql("show server_version").query(String.class).single()).startsWith("17.");
    }

    @Test
    void everyTableDocumentsItselfWithAComment() {
        assertThat(jdbc.sql("""
                        select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where c.relkind in ('r', 'p') and n.nspname = current_schema()
                          and c.relname <> 'flyway_schema_history' and obj_description(c.oid, 'pg_class') is null
                        order by 1""").query(String.class).list())
                .as("tables without COMMENT ON TABLE").isEmpty();
    }

    @Test
    void theEventPublicationRegistryUsesTheFlywayTable() {
        assertThat(events.findIncompletePublications()).isNotNull();
        assertThat(jdbc.sql("select count(*) from event_publication").query(Long.class).single()).isNotNegative();
    }

    @Test
    void timeIsLondonTime() {
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Europe/London"));
    }
}
