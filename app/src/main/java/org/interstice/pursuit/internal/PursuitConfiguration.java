package org.interstice.pursuit.internal;

import org.interstice.pursuit.*;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration
@EnableScheduling
@EnableConfigurationProperties({AlarmSettings.class, RegistrationSettings.class})
class PursuitConfiguration {
}
