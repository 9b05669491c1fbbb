package org.interstice.agency.internal;

import org.interstice.agency.Viewer;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.List;

/** The principal of a signed-in session: Spring's user details plus the viewer's scope. */
public class SignedInUser extends User {

    private final Viewer viewer;

    SignedInUser(Viewer viewer, String passwordHash, boolean active, boolean locked) {
        super(viewer.username(), passwordHash, active, true, true, !locked,
                List.of(new SimpleGrantedAuthority(viewer.role().authority())));
        this.viewer = viewer;
    }

    public Viewer viewer() {
        return viewer;
    }
}
