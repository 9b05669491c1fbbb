package org.interstice.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.interstice.agency.Viewer;
import org.interstice.audit.AuditEntry;
import org.interstice.audit.ChainVerification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The audit table. Appends are serialised by a transaction-scoped advisory lock, so concurrent writers cannot fork
 * the chain: each new entry reads the latest committed hash while holding the lock, and the lock is held until its
 * transaction ends.
 */
@Component
public class AuditLog {

    private static final long CHAIN_LOCK = 0x4155444954L; // "AUDIT"
    private static final int PAGE = 5_000;
    private static final String COLUMNS = """
            select id, occurred_at, user_id, username, agency_code, role, action, resource_type, resource_id,
                   outcome, client_address, previous_hash, hash from audit_entry
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void append(Viewer viewer, String action, String resourceType, Object resourceId, String outcome) {
        append(viewer == null ? null : viewer.userId(), viewer == null ? null : viewer.username(),
                viewer == null ? null : viewer.agencyCode(),
                viewer == null ? null : (viewer.role() == null ? "API" : viewer.role().name()),
                action, resourceType, resourceId == null ? null : String.valueOf(resourceId), outcome);
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void append(UUID userId, String username, String agencyCode, String role, String action,
                       String resourceType, String resourceId, String outcome) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query(Object.class).single();
        String previous = jdbc.sql("select hash from audit_entry order by id desc limit 1")
                .query(String.class).optional().orElse(AuditHash.GENESIS);
        long id = jdbc.sql("select nextval('audit_entry_id_seq')").query(Long.class).single();
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AuditEntry draft = new AuditEntry(id, at, userId, username, agencyCode, role, action, resourceType,
                resourceId, outcome == null ? "SUCCESS" : outcome, clientAddress(), previous, null);
        String hash = AuditHash.of(draft);
        jdbc.sql("""
                        insert into audit_entry (id, occurred_at, user_id, username, agency_code, role, action,
                            resource_type, resource_id, outcome, client_address, previous_hash, hash)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, Timestamp.from(at), userId, username, agencyCode, role, action, resourceType,
                        resourceId, draft.outcome(), draft.clientAddress(), previous, hash)
                .update();
    }

    public List<AuditEntry> recent(String resourceType, String resourceId, String username, int limit) {
        return jdbc.sql(COLUMNS + """
                         where (:type = '' or resource_type = :type)
                           and (:id = '' or resource_id = :id)
                           and (:username = '' or username = lower(:username))
                         order by id desc limit :limit""")
                .param("type", blankToEmpty(resourceType))
                .param("id", blankToEmpty(resourceId))
                .param("username", blankToEmpty(username))
                .param("limit", limit)
                .query(AuditLog::entry)
                .list();
    }

    /** Walks the whole chain in id order, a page at a time. */
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        String expectedPrevious = AuditHash.GENESIS;
        long checked = 0;
        long after = Long.MIN_VALUE;
        while (true) {
            List<AuditEntry> page = jdbc.sql(COLUMNS + " where id > ? order by id limit ?")
                    .params(after, PAGE).query(AuditLog::entry).list();
            if (page.isEmpty()) {
                return new ChainVerification(checked, true, null, null);
            }
            for (AuditEntry entry : page) {
                checked++;
                if (!entry.previousHash().equals(expectedPrevious)) {
                    return broken(entry, "its link to the previous entry does not match: an entry before it was removed or altered");
                }
                if (!AuditHash.of(entry).equals(entry.hash())) {
                    return broken(entry, "its content does not match its hash: the entry was altered");
                }
                expectedPrevious = entry.hash();
                after = entry.id();
            }
        }
    }

    public long count() {
        return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
    }

    private ChainVerification broken(AuditEntry entry, String problem) {
        return new ChainVerification(count(), false, entry.id(), "Entry " + entry.id() + ": " + problem);
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("user_id", UUID.class), rs.getString("username"), rs.getString("agency_code"),
                rs.getString("role"), rs.getString("action"), rs.getString("resource_type"),
                rs.getString("resource_id"), rs.getString("outcome"), rs.getString("client_address"),
                rs.getString("previous_hash"), rs.getString("hash"));
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.trim();
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
