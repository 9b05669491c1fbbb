package org.interstice.intelligence.internal;

import org.interstice.intelligence.internal.graph.ArrayBetweenness;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;

/**
 * Local configuration of network analysis ({@code interstice.intelligence.network.*}): betweenness is exact in a
 * connected group of up to {@code exactBetweennessLimit} entities and estimated from {@code betweennessSamples}
 * sampled sources (seeded) in larger groups, with {@code threads} worker threads. ADR 0017.
 */
@ConfigurationProperties("interstice.intelligence.network")
public record NetworkSettings(@DefaultValue("10000") int exactBetweennessLimit, @DefaultValue("1000") int betweennessSamples,
                              @DefaultValue("7") long betweennessSeed, @DefaultValue("2") int threads) {

    public ArrayBetweenness.Options betweenness() {
        return new ArrayBetweenness.Options(exactBetweennessLimit, betweennessSamples, betweennessSeed, threads, true);
    }

    @Configuration
    @EnableConfigurationProperties(NetworkSettings.class)
    static class Enable {
    }
}
