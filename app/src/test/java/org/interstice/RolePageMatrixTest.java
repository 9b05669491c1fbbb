package org.interstice;

import org.interstice.agency.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every demo role against every page: allowed pages render (200), the rest are forbidden (403).
 * Add a row for each new page.
 */
@IntegrationTest
class RolePageMatrixTest {

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

    /** Page, who may open it, and whether it shows anything about an individual. */
    private record Page(String path, Set<Role> allowed, boolean aboutIndividuals) {
    }

    private static final Map<String, Page> PAGES = new LinkedHashMap<>();

    static {
        page("/", EVERYONE, false);
        page("/admin/users", Set.of(Role.SYSTEM_ADMINISTRATOR), true);
        page("/admin/users/new", Set.of(Role.SYSTEM_ADMINISTRATOR), false);
        page("/admin/tokens", Set.of(Role.SYSTEM_ADMINISTRATOR), false);
        page("/admin/agencies", Set.of(Role.SYSTEM_ADMINISTRATOR), false);
        page("/audit", Set.of(Role.AUDITOR), true);
        page("/audit/verify", Set.of(Role.AUDITOR), true);
        // handoff and panel
        Set<Role> casework = Set.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.MASH_OFFICER, Role.POLICE_INVESTIGATOR,
                Role.PANEL_CHAIR, Role.PARTNERSHIP_LEAD);
        page("/handoffs", casework, true);
        page("/handoffs/new", casework, false);
        page("/handoffs/timescales", Set.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.MASH_OFFICER,
                Role.POLICE_INVESTIGATOR, Role.PANEL_CHAIR, Role.PARTNERSHIP_LEAD, Role.AUDITOR), false);
        page("/handoffs/dashboard", Set.of(Role.TEAM_MANAGER, Role.MASH_OFFICER, Role.PANEL_CHAIR, Role.PARTNERSHIP_LEAD,
                Role.AUDITOR, Role.ELECTED_MEMBER), false);
        page("/orphans", Set.of(Role.TEAM_MANAGER, Role.MASH_OFFICER, Role.PANEL_CHAIR, Role.PARTNERSHIP_LEAD), true);
        page("/who-does-what", EnumSet.complementOf(EnumSet.of(Role.SYSTEM_ADMINISTRATOR)), false);
        page("/panels", Set.of(Role.PANEL_CHAIR, Role.PARTNERSHIP_LEAD, Role.TEAM_MANAGER, Role.MASH_OFFICER,
                Role.POLICE_INVESTIGATOR, Role.INTELLIGENCE_ANALYST), false);
        page("/panels/new", Set.of(Role.PANEL_CHAIR, Role.PARTNERSHIP_LEAD), false);
        // identity and ingest
        Set<Role> seesPeople = Set.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.MASH_OFFICER, Role.POLICE_INVESTIGATOR,
                Role.INTELLIGENCE_ANALYST, Role.PANEL_CHAIR);
        page("/subjects", seesPeople, true);
        page("/people/new", seesPeople, true);
        page("/identity/reviews", Set.of(Role.MASH_OFFICER, Role.INTELLIGENCE_ANALYST), true);
        page("/admin/linkage-model", Set.of(Role.SYSTEM_ADMINISTRATOR, Role.MASH_OFFICER, Role.INTELLIGENCE_ANALYST), false);
        page("/admin/imports", Set.of(Role.SYSTEM_ADMINISTRATOR, Role.TEAM_MANAGER), false);
        page("/admin/imports/new", Set.of(Role.SYSTEM_ADMINISTRATOR, Role.TEAM_MANAGER), false);
        page("/admin/imports/profiles", Set.of(Role.SYSTEM_ADMINISTRATOR, Role.TEAM_MANAGER), false);
        // protection (issue 4)
        Set<Role> caseWork = Set.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.MASH_OFFICER, Role.PANEL_CHAIR,
                Role.POLICE_INVESTIGATOR);
        page("/protection/children", caseWork, true);
        page("/protection/contacts", caseWork, true);
        page("/protection/contacts/new", caseWork, false);
        page("/protection/mash", Set.of(Role.MASH_OFFICER, Role.TEAM_MANAGER), true);
        page("/protection/alarms", Set.of(Role.TEAM_MANAGER, Role.PANEL_CHAIR, Role.MASH_OFFICER), true);
        page("/signals/return-interviews", Set.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.MASH_OFFICER), true);
        page("/protection/overdue", Set.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.PANEL_CHAIR, Role.MASH_OFFICER), true);
        page("/protection/settings", Set.of(Role.PARTNERSHIP_LEAD), false);
        // intelligence and pursuit (issue 7)
        Set<Role> intelligence = Set.of(Role.INTELLIGENCE_ANALYST, Role.POLICE_INVESTIGATOR, Role.PANEL_CHAIR, Role.PARTNERSHIP_LEAD);
        page("/intelligence", intelligence, true);
        page("/intelligence/new", Set.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.MASH_OFFICER, Role.POLICE_INVESTIGATOR,
                Role.INTELLIGENCE_ANALYST), false);
        page("/intelligence/network", intelligence, true);
        // person resolution (issue 12)
        page("/intelligence/persons", intelligence, true);
        page("/intelligence/persons/reviews", Set.of(Role.INTELLIGENCE_ANALYST, Role.POLICE_INVESTIGATOR), true);
        page("/intelligence/network/data", intelligence, true);
        page("/intelligence/network.graphml", intelligence, true);
        page("/pursuit/suspects", intelligence, true);
        page("/pursuit/alarms", intelligence, true);
        Set<Role> attrition = EnumSet.of(Role.ELECTED_MEMBER, Role.INTELLIGENCE_ANALYST, Role.POLICE_INVESTIGATOR, Role.PANEL_CHAIR,
                Role.PARTNERSHIP_LEAD);
        page("/pursuit/attrition", attrition, false);
        page("/pursuit/attrition/data", attrition, false);
        // learning (issue 15)
        page("/learning/measures", EnumSet.complementOf(EnumSet.of(Role.SYSTEM_ADMINISTRATOR)), false);
        page("/learning/report", EnumSet.complementOf(EnumSet.of(Role.SYSTEM_ADMINISTRATOR)), false);
        page("/learning/incidents", Set.of(Role.PARTNERSHIP_LEAD, Role.TEAM_MANAGER, Role.PANEL_CHAIR, Role.MASH_OFFICER,
                Role.AUDITOR), true);
        page("/learning/incidents/new", EnumSet.complementOf(EnumSet.of(Role.SYSTEM_ADMINISTRATOR, Role.ELECTED_MEMBER)), false);
        Set<Role> learning = Set.of(Role.PARTNERSHIP_LEAD, Role.TEAM_MANAGER, Role.PANEL_CHAIR, Role.AUDITOR);
        page("/learning/reviews", learning, true);
        page("/learning/causes", learning, false);
        page("/learning/same-mistakes", learning, false);
    }

    private static void page(String path, Set<Role> allowed, boolean aboutIndividuals) {
        PAGES.put(path, new Page(path, allowed, aboutIndividuals));
    }

    /** Pages outside the matrix: public or sign-in machinery. */
    private static final Set<String> NOT_ROLE_PAGES = Set.of("/sign-in", "/sign-out", "/error");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    static Stream<Arguments> roleAndPage() {
        return Arrays.stream(Role.values()).flatMap(role -> PAGES.values().stream().map(p -> Arguments.of(role, p.path())));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("roleAndPage")
    void eachRoleSeesOnlyItsPages(Role role, String path) throws Exception {
        Page page = PAGES.get(path);
        mvc.perform(get(path).with(SignIn.as(role)))
                .andExpect(page.allowed().contains(role) ? status().isOk() : status().isForbidden());
    }

    @Test
    void everyPageWithoutPathVariablesIsInTheMatrix() {
        List<String> missing = new ArrayList<>();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            mapping.getHandlerMethods().forEach((info, handler) -> {
                boolean ours = handler.getBeanType().getName().startsWith("org.interstice.");
                boolean get = info.getMethodsCondition().getMethods().isEmpty()
                        || info.getMethodsCondition().getMethods().contains(RequestMethod.GET);
                for (String path : info.getPatternValues()) {
                    if (ours && get && !path.startsWith("/api/") && !path.contains("{")
                            && !NOT_ROLE_PAGES.contains(path) && !PAGES.containsKey(path)) {
                        missing.add(path + " (" + handler + ")");
                    }
                }
            });
        }
        assertThat(missing).as("pages to add to RolePageMatrixTest.PAGES with the roles allowed").isEmpty();
    }

    @Test
    void electedMembersAreNeverAllowedAPageAboutAnIndividual() {
        assertThat(PAGES.values().stream().filter(Page::aboutIndividuals).filter(p -> p.allowed().contains(Role.ELECTED_MEMBER)))
                .isEmpty();
    }

    @Test
    void systemAdministratorsHaveNoCaseAccessBeyondAdministration() {
        assertThat(PAGES.values().stream()
                .filter(p -> p.allowed().contains(Role.SYSTEM_ADMINISTRATOR))
                .map(Page::path)
                .filter(p -> !p.equals("/") && !p.startsWith("/admin/")))
                .isEmpty();
    }
}
