package org.interstice.audit.internal;

import org.interstice.audit.AuditEntry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** SHA-256 over an entry's content and the previous entry's hash, in a fixed field order. */
final class AuditHash {

    static final String GENESIS = "0".repeat(64);
    private static final String SEPARATOR = "\u001f";

    private AuditHash() {
    }

    static String of(AuditEntry e) {
        long micros = ChronoUnit.MICROS.between(java.time.Instant.EPOCH, e.occurredAt());
        String content = Stream.of(e.id(), micros, e.userId(), e.username(), e.agencyCode(), e.role(), e.action(),
                        e.resourceType(), e.resourceId(), e.outcome(), e.clientAddress(), e.previousHash())
                .map(v -> v == null ? "" : Objects.toString(v).replace(SEPARATOR, " "))
                .collect(Collectors.joining(SEPARATOR));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
