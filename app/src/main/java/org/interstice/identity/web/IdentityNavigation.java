package org.interstice.identity.web;

import java.util.EnumSet;
import java.util.List;
import org.interstice.agency.Role;
import org.interstice.agency.Viewer;
import org.interstice.identity.internal.Reviews;
import org.interstice.web.Figure;
import org.interstice.web.HomeFigures;
import org.interstice.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Identity's entries in the service navigation and its home-page figure. */
@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

    @Bean
    NavigationItem peopleNavigation() {
        return new NavigationItem("People", "/subjects", EnumSet.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.MASH_OFFICER,
                Role.POLICE_INVESTIGATOR, Role.INTELLIGENCE_ANALYST, Role.PANEL_CHAIR), 20);
    }

    @Bean
    NavigationItem matchReviewNavigation() {
        return new NavigationItem("Match review", "/identity/reviews", EnumSet.of(Role.MASH_OFFICER, Role.INTELLIGENCE_ANALYST), 25);
    }

    @Bean
    HomeFigures matchReviewFigures(Reviews reviews) {
        return viewer -> viewer != null && (viewer.hasRole(Role.MASH_OFFICER) || viewer.hasRole(Role.INTELLIGENCE_ANALYST))
                ? List.of(new Figure("Possible matches waiting for review", reviews.openCount(), "/identity/reviews"))
                : List.<Figure>of();
    }
}
