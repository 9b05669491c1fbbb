package org.interstice.web.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** OpenAPI description of /api/v1 (public: it describes the interface, never data). */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI intersticeApi() {
        return new OpenAPI()
                .info(new Info().title("Interstice API").version("v1")
                        .description("Multi-agency safeguarding API. Every call needs a per-agency API token, issued by a "
                                + "system administrator: Authorization: Bearer <token>. Errors are RFC 9457 problem details."))
                .components(new Components().addSecuritySchemes("agencyToken",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("Per-agency API token")))
                .addSecurityItem(new SecurityRequirement().addList("agencyToken"));
    }
}
