package org.interstice.agency.internal;

import org.interstice.DemoMode;
import org.interstice.agency.AccountsChanged;
import org.interstice.agency.Viewer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Per-agency API tokens. Only a SHA-256 hash is stored; the token is shown once. Tokens are secrets, so they come
 * from {@link SecureRandom}, not a seeded generator.
 */
@Component
public class ApiTokens {

    /** Scopes a token may carry beyond its agency. */
    public static final List<String> SCOPES = List.of("partnership", "audit");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();
    private final byte[] demoTokenHash;

    ApiTokens(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events, DemoMode demoMode,
              @Value("${interstice.demo.api-token:}") String demoToken) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.demoTokenHash = demoMode.on() && !demoToken.isBlank()
                ? sha256(demoToken.trim()).getBytes(StandardCharsets.US_ASCII) : null;
    }

    public record Issued(UUID id, String token, String refusal) {
        public boolean ok() {
            return refusal == null;
        }
    }

    public record Summary(UUID id, String agencyCode, String agencyName, String name, List<String> scopes,
                          Instant createdAt, String createdBy, Instant revokedAt) {
        public boolean active() {
            return revokedAt == null;
        }
    }

    @Transactional
    public Issued issue(UUID agencyId, String name, Set<String> scopes, Viewer by) {
        if (agencyId == null) {
            return new Issued(null, null, "Select the agency the token is for");
        }
        if (name == null || name.isBlank()) {
            return new Issued(null, null, "Enter a name for the token, such as the system that will use it");
        }
        Set<String> chosen = new LinkedHashSet<>(scopes == null ? Set.of() : scopes);
        if (!SCOPES.containsAll(chosen)) {
            return new Issued(null, null, "Select only the listed scopes");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = "itk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        UUID id = jdbc.sql("""
                        insert into api_token (agency_id, name, token_hash, scopes, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(agencyId, name.trim(), sha256(token), chosen.toArray(String[]::new),
                        Timestamp.from(clock.instant()), by.username())
                .query(UUID.class).single();
        events.publishEvent(new AccountsChanged(by, "ISSUE_API_TOKEN", "api_token", id.toString()));
        return new Issued(id, token, null);
    }

    @Transactional
    public Optional<String> revoke(UUID id, Viewer by) {
        int changed = jdbc.sql("""
                        update api_token set revoked_at = ?, revoked_by = ?, version = version + 1
                        where id = ? and revoked_at is null""")
                .params(Timestamp.from(clock.instant()), by.username(), id).update();
        if (changed == 0) {
            return Optional.of("That token does not exist or is already revoked");
        }
        events.publishEvent(new AccountsChanged(by, "REVOKE_API_TOKEN", "api_token", id.toString()));
        return Optional.empty();
    }

    public List<Summary> all() {
        return jdbc.sql("""
                        select t.id, a.code, a.name, t.name, t.scopes, t.created_at, t.created_by, t.revoked_at
                        from api_token t join agency a on a.id = t.agency_id
                        order by t.revoked_at nulls first, t.created_at desc""")
                .query((rs, n) -> new Summary(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), Arrays.asList((String[]) rs.getArray(5).getArray()),
                        rs.getTimestamp(6).toInstant(), rs.getString(7),
                        rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant()))
                .list();
    }

    /** The viewer and scopes behind a presented token, if it is valid and not revoked. */
    Optional<ApiTokenAuthentication> authenticate(String presented) {
        if (presented == null || presented.isBlank()) {
            return Optional.empty();
        }
        String hash = sha256(presented.trim());
        if (demoTokenHash != null
                && MessageDigest.isEqual(demoTokenHash, hash.getBytes(StandardCharsets.US_ASCII))) {
            Viewer demo = new Viewer(null, "api:demo", "Demo partnership-wide token", null, null, null, null, true);
            return Optional.of(new ApiTokenAuthentication(demo, List.of("partnership", "audit")));
        }
        return jdbc.sql("""
                        select t.name, t.agency_id, a.code, t.scopes
                        from api_token t join agency a on a.id = t.agency_id
                        where t.token_hash = ? and t.revoked_at is null""")
                .param(hash)
                .query((rs, n) -> {
                    List<String> scopes = new ArrayList<>(Arrays.asList((String[]) rs.getArray(4).getArray()));
                    Viewer viewer = new Viewer(null, "api:" + rs.getString(1), rs.getString(1),
                            rs.getObject(2, UUID.class), rs.getString(3), null, null, scopes.contains("partnership"));
                    return new ApiTokenAuthentication(viewer, scopes);
                })
                .optional();
    }

    static String sha256(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
