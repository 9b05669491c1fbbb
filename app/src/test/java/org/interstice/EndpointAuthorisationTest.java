package org.interstice;

import org.interstice.agency.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every endpoint has an explicit access rule: {@code @PreAuthorize} on the handler method or its class, or (for
 * handlers that are not ours) a URL rule in the security filter chain that the second test checks.
 */
@IntegrationTest
class EndpointAuthorisationTest {

    /** Handlers of libraries, governed by URL rules in SecurityConfiguration.PUBLIC instead of annotations. */
    private static final Map<String, Set<String>> URL_RULES = Map.of(
            "org.springdoc.", Set.of("/v3/api-docs", "/swagger-ui"),
            // Actuator: /actuator/health is public (details hidden), everything else under /actuator is denied.
            "org.springframework.boot.", Set.of("/actuator"));

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Test
    void everyHandlerMethodHasAnExplicitAccessRule() {
        List<String> unguarded = new ArrayList<>();
        int checked = 0;
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> handler : mapping.getHandlerMethods().entrySet()) {
                checked++;
                if (!hasPreAuthorize(handler.getValue()) && !governedByUrlRule(handler.getKey(), handler.getValue())) {
                    unguarded.add(handler.getKey() + " -> " + handler.getValue());
                }
            }
        }
        assertThat(checked).as("handler methods found").isGreaterThan(5);
        assertThat(unguarded).as("handlers without @PreAuthorize or an explicit URL rule").isEmpty();
    }

    @Test
    void theCheckDetectsAHandlerWithoutARule() throws NoSuchMethodException {
        HandlerMethod unguarded = new HandlerMethod(new Unguarded(), Unguarded.class.getDeclaredMethod("page"));
        HandlerMethod guarded = new HandlerMethod(new Guarded(), Guarded.class.getDeclaredMethod("page"));
        assertThat(hasPreAuthorize(unguarded)).isFalse();
        assertThat(hasPreAuthorize(guarded)).isTrue();
    }

    @Test
    void urlRulesGiveTheIntendedAccess() throws Exception {
        // Public by URL rule: health (details hidden) and the API description (interface only, no data).
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
        mvc.perform(get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css")).andExpect(status().isOk());
        // Every other actuator endpoint is denied, even to a signed-in administrator.
        mvc.perform(get("/actuator/env").with(SignIn.as(Role.SYSTEM_ADMINISTRATOR))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/info")).andExpect(redirectedUrl("/sign-in"));
        // Anything else needs a signed-in user.
        mvc.perform(get("/")).andExpect(redirectedUrl("/sign-in"));
    }

    static boolean hasPreAuthorize(HandlerMethod handler) {
        return AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PreAuthorize.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class);
    }

    private static boolean governedByUrlRule(RequestMappingInfo info, HandlerMethod handler) {
        return URL_RULES.entrySet().stream().anyMatch(rule ->
                handler.getBeanType().getName().startsWith(rule.getKey())
                        && info.getPatternValues().stream().allMatch(pattern ->
                        rule.getValue().stream().anyMatch(pattern::startsWith)));
    }

    static class Unguarded {
        @GetMapping("/unguarded")
        String page() {
            return "home";
        }
    }

    @PreAuthorize("isAuthenticated()")
    static class Guarded {
        @GetMapping("/guarded")
        String page() {
            return "home";
        }
    }
}
