package org.interstice;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/** Time is an input: every component that needs "now" takes this clock. Tests replace it. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(LONDON);
    }
}
