package org.interstice.ingest.internal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How one agency's extract names its columns: canonical column to the agency's header. Columns the profile does
 * not mention are looked up under their canonical name.
 */
public record ColumnProfile(String name, Map<CanonicalColumn, String> headers) {

    public static final ColumnProfile CANONICAL = new ColumnProfile("canonical", Map.of());

    public ColumnProfile {
        headers = headers.isEmpty() ? Map.of() : new EnumMap<>(headers);
    }

    /**
     * Turns a raw row (agency header to value) into canonical column to value. Spaces and tabs around a value are
     * removed (nothing else: a control character is never trimmed away) and blank values become absent.
     */
    public Map<CanonicalColumn, String> canonical(Map<String, String> raw) {
        Map<String, String> byLowerHeader = new HashMap<>();
        raw.forEach((k, v) -> {
            if (k != null) {
                byLowerHeader.put(k.trim().toLowerCase(Locale.ROOT), v);
            }
        });
        Map<CanonicalColumn, String> out = new EnumMap<>(CanonicalColumn.class);
        for (CanonicalColumn c : CanonicalColumn.values()) {
            String v = byLowerHeader.get(headerOf(c));
            String trimmed = v == null ? "" : FieldText.trim(v);
            if (!trimmed.isEmpty()) {
                out.put(c, trimmed);
            }
        }
        return out;
    }

    /** The header (trimmed, in lower case) under which this profile finds a canonical column. */
    public String headerOf(CanonicalColumn c) {
        return headers.getOrDefault(c, c.header()).trim().toLowerCase(Locale.ROOT);
    }

    /** Headers from the file that this profile does not use (shown so a mapping mistake is visible). */
    public java.util.List<String> unusedHeaders(java.util.Collection<String> fileHeaders) {
        java.util.Set<String> used = new java.util.HashSet<>();
        for (CanonicalColumn c : CanonicalColumn.values()) {
            used.add(headerOf(c));
        }
        return fileHeaders.stream().filter(h -> !used.contains(h.trim().toLowerCase(Locale.ROOT))).toList();
    }
}
