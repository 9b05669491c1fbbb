package org.interstice.agency.internal;

import org.interstice.agency.Viewers;
import org.interstice.agency.Viewer;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;
import java.util.Optional;

/** Makes {@code Viewer viewer} a controller method parameter. */
@Configuration(proxyBeanMethods = false)
class ViewerResolution implements WebMvcConfigurer {

    private final Viewers viewers;

    ViewerResolution(Viewers viewers) {
        this.viewers = viewers;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return Viewer.class.equals(parameter.getParameterType());
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav,
                                          NativeWebRequest request, WebDataBinderFactory binders) {
                Optional<Viewer> viewer = viewers.of(SecurityContextHolder.getContext().getAuthentication());
                if (viewer.isPresent() || parameter.isOptional()) {
                    return viewer.orElse(null);
                }
                throw new AccessDeniedException("No signed-in viewer");
            }
        });
    }
}
