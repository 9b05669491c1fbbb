package org.interstice.linkage;

import java.util.HashSet;
import java.util.List;

/** The fields that are compared. Field names must be unique. */
public record Schema(List<Field> fields) {
    public Schema {
        fields = List.copyOf(fields);
        if (fields.isEmpty()) throw new IllegalArgumentException("a schema needs at least one field");
        var seen = new HashSet<String>();
        for (Field f : fields) {
            if (!seen.add(f.name())) throw new IllegalArgumentException("field '" + f.name() + "' is listed twice");
        }
    }

    public static Schema of(Field... fields) {
        return new Schema(List.of(fields));
    }

    public boolean has(FieldType type) {
        return fields.stream().anyMatch(f -> f.type() == type);
    }
}
