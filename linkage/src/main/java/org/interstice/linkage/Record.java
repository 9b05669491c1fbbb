package org.interstice.linkage;

import java.util.Map;
import java.util.Objects;

/** One person record: an identifier and its values keyed by field name (null or blank means missing). */
public record Record(String id, Map<String, String> values) {
    public Record {
        Objects.requireNonNull(id, "id");
        values = values == null ? Map.of() : values;
    }

    public String value(String field) {
        String v = values.get(field);
        return v == null || v.isBlank() ? null : v;
    }
}
