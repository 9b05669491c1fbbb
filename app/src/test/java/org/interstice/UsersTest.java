package org.interstice;

import org.interstice.agency.Role;
import org.interstice.agency.UserSummary;
import org.interstice.agency.Users;
import org.interstice.agency.Viewer;
import org.interstice.demo.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class UsersTest {

    @Autowired
    Users users;

    @Test
    void thePractitionersTeamManagerIsTheDemoTeamManager() {
        UserSummary practitioner = users.byUsername(DemoUsers.PRACTITIONER).orElseThrow();
        assertThat(users.managerOfTeam(practitioner.teamId())).map(UserSummary::username).contains(DemoUsers.TEAM_MANAGER);
        assertThat(users.inTeam(practitioner.teamId())).extracting(UserSummary::username)
                .contains(DemoUsers.PRACTITIONER, DemoUsers.TEAM_MANAGER);
        assertThat(users.team(practitioner.teamId())).map(t -> t.name()).contains("Child exploitation team");
    }

    @Test
    void everyRoleHasADemoUserWhoseViewerCarriesTheirAgency() {
        for (Role role : Role.values()) {
            Viewer viewer = users.viewerFor(DemoUsers.forRole(role)).orElseThrow();
            assertThat(viewer.role()).isEqualTo(role);
            assertThat(viewer.agencyCode()).isNotBlank();
            assertThat(viewer.hasAnyRole(role, Role.AUDITOR)).isTrue();
            assertThat(viewer.partnershipWide()).isFalse();
        }
        assertThat(users.viewerFor(DemoUsers.POLICE_INVESTIGATOR).orElseThrow().agencyCode()).isEqualTo("NSP");
    }
}
