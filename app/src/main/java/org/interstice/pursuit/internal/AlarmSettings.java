package org.interstice.pursuit.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The alarm policy as local configuration ({@code interstice.pursuit.alarm.*}). A linked child counts as at risk when
 * protection's current exploitation risk for the child is among the top {@code childRiskTopLevels} levels of its
 * vocabulary (2: SERAF categories 3 and 4; never the lowest level). With {@code oneChildAtTopLevel} (default on), one
 * child at the very top level, named alongside the suspect or the source of a report naming them, is enough on its own.
 */
@ConfigurationProperties("interstice.pursuit.alarm")
public record AlarmSettings(@DefaultValue("3") int independentReports, @DefaultValue("2") int childrenAtRisk,
                            @DefaultValue("28") int daysWithoutAction, @DefaultValue("14") int daysToEscalate,
                            @DefaultValue("2") int childRiskTopLevels,
                            @DefaultValue("true") boolean oneChildAtTopLevel) {

    public AlarmSettings {
        if (childRiskTopLevels < 1) throw new IllegalArgumentException("interstice.pursuit.alarm.child-risk-top-levels must be at least 1");
    }

    public AlarmPolicy policy() {
        return new AlarmPolicy(independentReports, childrenAtRisk, daysWithoutAction, daysToEscalate, oneChildAtTopLevel);
    }
}
