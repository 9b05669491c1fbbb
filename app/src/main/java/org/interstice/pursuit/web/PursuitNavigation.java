package org.interstice.pursuit.web;

import org.interstice.pursuit.*;
import java.util.List;
import java.util.Set;
import org.interstice.agency.Role;
import org.interstice.agency.Viewer;
import org.interstice.pursuit.internal.Alarms;
import org.interstice.web.Figure;
import org.interstice.web.HomeFigures;
import org.interstice.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/** Navigation to suspects and attrition, and the home page's count of suspects named but not pursued. */
@Configuration(proxyBeanMethods = false)
class PursuitNavigation {

    static final Set<Role> READERS = Set.of(Role.INTELLIGENCE_ANALYST, Role.POLICE_INVESTIGATOR, Role.PANEL_CHAIR, Role.PARTNERSHIP_LEAD);

    @Bean
    NavigationItem suspectsNavigation() {
        return new NavigationItem("Suspects", "/pursuit/suspects", READERS, 300);
    }

    @Bean
    NavigationItem attritionNavigation() {
        return new NavigationItem("Attrition", "/pursuit/attrition", Set.of(Role.ELECTED_MEMBER), 310);
    }

    @Component
    static class AlarmFigures implements HomeFigures {

        private final Alarms alarms;

        AlarmFigures(Alarms alarms) {
            this.alarms = alarms;
        }

        @Override
        public List<Figure> figuresFor(Viewer viewer) {
            if (viewer.role() == null || !READERS.contains(viewer.role())) return List.of();
            return List.of(new Figure("Suspects named but not pursued", alarms.openCount(), "/pursuit/alarms"));
        }
    }
}
