package org.interstice.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Agencies' saved column-mapping profiles, for modules that read an extract of their own ({@link ExtractColumns}). */
public interface ColumnMappings {

    /** The agency's profile of this name for this kind of extract; empty when it has none. */
    Optional<ColumnMapping> profile(UUID agencyId, String extract, String name);

    /** One profile: each of our column names that the agency's extract calls otherwise, with the agency's header. */
    record ColumnMapping(String extract, String name, Map<String, String> headers) {

        public ColumnMapping {
            headers = Map.copyOf(headers);
        }

        /** The header (trimmed, in lower case) under which the extract holds our column. */
        public String headerOf(String column) {
            return headers.getOrDefault(column, column).trim().toLowerCase(Locale.ROOT);
        }
    }
}
