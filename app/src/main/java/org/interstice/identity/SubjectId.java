package org.interstice.identity;

import java.util.Objects;
import java.util.UUID;

/** The id of a resolved person (a subject). */
public record SubjectId(UUID value) {

    public SubjectId {
        Objects.requireNonNull(value, "subject id");
    }

    public static SubjectId of(UUID value) {
        return new SubjectId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
