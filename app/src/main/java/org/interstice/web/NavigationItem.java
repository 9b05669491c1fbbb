package org.interstice.web;

import org.interstice.agency.Role;

import java.util.Set;

/**
 * An entry in the service navigation. Modules contribute beans of this type; the shell shows those whose roles
 * include the viewer's role, by ascending order.
 */
public record NavigationItem(String label, String href, Set<Role> roles, int order) {

    public boolean visibleTo(Role role) {
        return role != null && roles.contains(role);
    }
}
