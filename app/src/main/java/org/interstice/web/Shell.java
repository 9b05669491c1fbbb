package org.interstice.web;

import org.interstice.agency.Viewer;

import java.util.List;

/**
 * What every page template needs from its surroundings: who is signed in, the navigation they may use, the current
 * path (to mark the current navigation item) and the CSRF token for forms. Added to every UI model as
 * {@code shell}; templates take {@code @param org.interstice.web.Shell shell}.
 */
public record Shell(Viewer viewer, List<NavigationItem> navigation, String currentPath,
                    String csrfParameterName, String csrfToken) {

    public boolean signedIn() {
        return viewer != null;
    }

    /** Whether a navigation item is the current section: an exact match for "/", otherwise a path prefix. */
    public boolean isCurrent(NavigationItem item) {
        if (currentPath == null) {
            return false;
        }
        if (item.href().equals("/")) {
            return currentPath.equals("/");
        }
        return currentPath.equals(item.href()) || currentPath.startsWith(item.href() + "/");
    }

    /** For the header: "Pat Smith, Practitioner, NBC-CSC". */
    public String signedInAs() {
        if (viewer == null) {
            return "";
        }
        String role = viewer.role() == null ? "API" : viewer.role().label();
        return viewer.displayName() + ", " + role + (viewer.agencyCode() == null ? "" : ", " + viewer.agencyCode());
    }
}
