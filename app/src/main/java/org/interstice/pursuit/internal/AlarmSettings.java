package org.interstice.pursuit.internal;

import org.interstice.pursuit.*;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The alarm policy as local configuration ({@code interstice.pursuit.alarm.*}). */
@ConfigurationProperties("interstice.pursuit.alarm")
public record AlarmSettings(@DefaultValue("3") int independentReports, @DefaultValue("2") int childrenAtRisk,
                            @DefaultValue("28") int daysWithoutAction, @DefaultValue("14") int daysToEscalate) {

    public AlarmPolicy policy() {
        return new AlarmPolicy(independentReports, childrenAtRisk, daysWithoutAction, daysToEscalate);
    }
}
