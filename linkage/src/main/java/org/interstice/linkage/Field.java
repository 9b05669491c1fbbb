package org.interstice.linkage;

import java.util.Objects;

/** One input column with its meaning; {@code name} is the key in {@link Record#values()}. */
public record Field(FieldType type, String name) {
    public Field {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
    }
}
