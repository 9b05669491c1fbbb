package org.interstice.agency.internal;

import org.interstice.agency.Viewer;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.ArrayList;
import java.util.List;

/** An authenticated API token: authority {@code ROLE_API} plus {@code SCOPE_<scope>} per scope. */
class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final Viewer viewer;

    ApiTokenAuthentication(Viewer viewer, List<String> scopes) {
        super(authorities(scopes));
        this.viewer = viewer;
        setAuthenticated(true);
    }

    private static List<GrantedAuthority> authorities(List<String> scopes) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_API"));
        scopes.forEach(s -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + s)));
        return authorities;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return viewer;
    }

    @Override
    public String getName() {
        return viewer.username();
    }
}
