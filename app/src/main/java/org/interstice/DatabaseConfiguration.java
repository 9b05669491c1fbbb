package org.interstice;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

import java.nio.file.Path;

/**
 * Chooses the database: an external PostgreSQL when {@code INTERSTICE_DATABASE_URL} is set, otherwise an embedded
 * PostgreSQL under {@code INTERSTICE_DATA_DIR}/postgres. Flyway then owns the schema.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    DatabaseLocation databaseLocation(@Value("${interstice.database.url:}") String url,
                                      @Value("${interstice.database.username:}") String username,
                                      @Value("${interstice.database.password:}") String password,
                                      @Value("${interstice.data-dir:./var}") String dataDir,
                                      @Value("${interstice.database.embedded.clean:false}") boolean clean) {
        if (StringUtils.hasText(url)) {
            log.info("Database: external PostgreSQL at {} (user '{}')", url, username);
            return DatabaseLocation.external(url, username, password);
        }
        Path folder = Path.of(dataDir, "postgres");
        EmbeddedDatabase embedded = EmbeddedDatabase.open(folder, clean);
        log.info("Database: embedded PostgreSQL 17 on localhost:{}, data in {}", embedded.port(), embedded.dataDirectory());
        return DatabaseLocation.embedded(embedded);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseLocation location) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("interstice");
        config.setJdbcUrl(location.jdbcUrl());
        config.setUsername(location.username());
        config.setPassword(location.password());
        config.setMaximumPoolSize(10);
        return new HikariDataSource(config);
    }

    @Bean
    DemoMode demoMode(DatabaseLocation location, @Value("${interstice.demo.enabled:}") String demo) {
        boolean on = StringUtils.hasText(demo) ? Boolean.parseBoolean(demo.trim()) : location.isEmbedded();
        log.info("Demo mode is {}", on ? "on" : "off");
        return new DemoMode(on);
    }
}
