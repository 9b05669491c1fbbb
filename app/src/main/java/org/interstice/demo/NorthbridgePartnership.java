package org.interstice.demo;

import org.interstice.agency.Accounts;
import org.interstice.agency.Agencies;
import org.interstice.agency.Agency;
import org.interstice.agency.AgencyKind;
import org.interstice.agency.NewAccount;
import org.interstice.agency.Role;
import org.interstice.agency.Team;
import org.interstice.demo.internal.DemoPassword;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.interstice.agency.AgencyKind.*;
import static org.interstice.agency.Role.*;

/** Step 0: the Northbridge partnership's agencies, teams and one user per role (plus colleagues). */
@Component
class NorthbridgePartnership implements DemoStep {

    private static final Logger log = LoggerFactory.getLogger(NorthbridgePartnership.class);

    private final Agencies agencies;
    private final Accounts accounts;
    private final DemoPassword password;
    private final Map<String, Agency> byCode = new LinkedHashMap<>();

    NorthbridgePartnership(Agencies agencies, Accounts accounts, DemoPassword password) {
        this.agencies = agencies;
        this.accounts = accounts;
        this.password = password;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public void seed() {
        agency("NBC-CSC", "Northbridge Council Children's Social Care", CHILDRENS_SOCIAL_CARE, "Northbridge Council");
        agency("NBC-EDU", "Northbridge Council Education Services", EDUCATION, "Northbridge Council");
        agency("NBC-LIC", "Northbridge Council Licensing", LICENSING, "Northbridge Council");
        agency("NSP", "Northshire Police", POLICE, "Northshire Police");
        agency("NBH", "Northbridge NHS Foundation Trust", HEALTH, "Northbridge NHS Foundation Trust");
        agency("NYJS", "Northbridge Youth Justice Service", YOUTH_JUSTICE, "Northbridge Council");
        agency("SAFE", "Safe Passage Northbridge (exploitation support)", VOLUNTARY, "Safe Passage Northbridge");
        agency("NBA", "Northbridge Academy", EDUCATION, "Northbridge Academy Trust");
        agency("SMH", "St Mary's Catholic High School", EDUCATION, "Diocese of Northshire Schools Trust");

        Team exploitation = team("NBC-CSC", "Child exploitation team");
        Team mash = team("NBC-CSC", "Multi-Agency Safeguarding Hub");
        Team partnership = team("NBC-CSC", "Safeguarding partnership business unit");
        Team assessment = team("NBC-CSC", "Assessment team");
        Team digital = team("NBC-CSC", "Digital services");
        Team inclusion = team("NBC-EDU", "Inclusion and attendance");
        Team licensing = team("NBC-LIC", "Taxi and private hire licensing");
        Team cseUnit = team("NSP", "Child Exploitation Unit");
        Team intelligence = team("NSP", "Force intelligence bureau");
        Team mashPolice = team("NSP", "MASH police desk");
        Team emergency = team("NBH", "Emergency department");
        Team sexualHealth = team("NBH", "Sexual health service");
        Team safeguardingNhs = team("NBH", "Safeguarding children team");
        Team yjsCase = team("NYJS", "Case management");
        Team outreach = team("SAFE", "Outreach workers");
        Team nbaPastoral = team("NBA", "Pastoral and safeguarding");
        Team smhPastoral = team("SMH", "Pastoral and safeguarding");

        List<String> created = new ArrayList<>();
        // One per role: these usernames are documented (DemoUsers) and used by tests.
        user(created, DemoUsers.PRACTITIONER, "Priya Shah", exploitation, PRACTITIONER);
        user(created, DemoUsers.TEAM_MANAGER, "Tom Mercer", exploitation, TEAM_MANAGER);
        user(created, DemoUsers.MASH_OFFICER, "Mary Ashworth", mash, MASH_OFFICER);
        user(created, DemoUsers.POLICE_INVESTIGATOR, "DC Ian Patel", cseUnit, POLICE_INVESTIGATOR);
        user(created, DemoUsers.INTELLIGENCE_ANALYST, "Alex Nolan", intelligence, INTELLIGENCE_ANALYST);
        user(created, DemoUsers.PANEL_CHAIR, "Paula Chambers", partnership, PANEL_CHAIR);
        user(created, DemoUsers.PARTNERSHIP_LEAD, "Lena Hartley", partnership, PARTNERSHIP_LEAD);
        user(created, DemoUsers.AUDITOR, "Aaron Dale", partnership, AUDITOR);
        user(created, DemoUsers.ELECTED_MEMBER, "Cllr Eleanor Marsh", partnership, ELECTED_MEMBER);
        user(created, DemoUsers.SYSTEM_ADMINISTRATOR, "Sam Adeyemi", digital, SYSTEM_ADMINISTRATOR);
        // Colleagues in other agencies and teams, for realistic allocation and hand-offs.
        user(created, "social.worker", "Sophie Walker", assessment, PRACTITIONER);
        user(created, "assessment.manager", "Mark Greene", assessment, TEAM_MANAGER);
        user(created, "police.mash", "PC Jo Brennan", mashPolice, MASH_OFFICER);
        user(created, "police.manager", "DS Rachel Kerr", cseUnit, TEAM_MANAGER);
        user(created, "ed.nurse", "Nadia Okafor", emergency, PRACTITIONER);
        user(created, "sexual.health", "Hannah Moss", sexualHealth, PRACTITIONER);
        user(created, "nhs.safeguarding", "Dr Owen Price", safeguardingNhs, TEAM_MANAGER);
        user(created, "yjs.worker", "Liam Fletcher", yjsCase, PRACTITIONER);
        user(created, "outreach.worker", "Grace Achebe", outreach, PRACTITIONER);
        user(created, "nba.dsl", "Karen Whitfield", nbaPastoral, PRACTITIONER);
        user(created, "smh.dsl", "Joseph Byrne", smhPastoral, PRACTITIONER);
        user(created, "inclusion.officer", "Beth Lowe", inclusion, PRACTITIONER);
        user(created, "licensing.officer", "Raj Mistry", licensing, PRACTITIONER);

        if (!created.isEmpty()) {
            log.info("Demo users created: {}", String.join(", ", created));
            password.announce(created.size());
        }
    }

    private void agency(String code, String name, AgencyKind kind, String organisation) {
        byCode.put(code, agencies.register(code, name, kind, organisation));
    }

    private Team team(String agencyCode, String name) {
        return agencies.addTeam(byCode.get(agencyCode).id(), name);
    }

    private void user(List<String> created, String username, String name, Team team, Role role) {
        Accounts.Opened opened = accounts.open(new NewAccount(username, name, team.agencyId(), team.id(), role),
                password.value());
        if (opened.ok()) {
            created.add(username);
        }
    }
}
