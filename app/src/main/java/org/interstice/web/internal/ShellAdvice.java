package org.interstice.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.interstice.agency.Viewer;
import org.interstice.agency.Viewers;
import org.interstice.web.NavigationItem;
import org.interstice.web.Shell;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.Comparator;
import java.util.List;

/** Adds the {@link Shell} to every page's model. */
@ControllerAdvice
class ShellAdvice {

    private final Viewers viewers;
    private final List<NavigationItem> navigation;

    ShellAdvice(Viewers viewers, List<NavigationItem> navigation) {
        this.viewers = viewers;
        this.navigation = navigation.stream()
                .sorted(Comparator.comparingInt(NavigationItem::order).thenComparing(NavigationItem::label))
                .toList();
    }

    @ModelAttribute("shell")
    Shell shell(HttpServletRequest request) {
        Viewer viewer = viewers.of(SecurityContextHolder.getContext().getAuthentication()).orElse(null);
        List<NavigationItem> visible = viewer == null ? List.of()
                : navigation.stream().filter(item -> item.visibleTo(viewer.role())).toList();
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return new Shell(viewer, visible, path,
                csrf == null ? null : csrf.getParameterName(), csrf == null ? null : csrf.getToken());
    }
}
