package org.interstice.handoff.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.interstice.identity.SubjectSummary;
import org.interstice.identity.Subjects;
import org.springframework.stereotype.Component;

/**
 * Names of the people hand-offs are about, for pages already limited to what the viewer may see: a hand-off
 * shares who it is about with both agencies, so its sender and receiver see the name.
 */
@Component
public class SubjectNames {

    private final Subjects subjects;

    SubjectNames(Subjects subjects) {
        this.subjects = subjects;
    }

    public String of(UUID subjectId) {
        return subjectId == null ? null
                : subjects.byId(subjectId).map(SubjectSummary::displayName).orElse("Unknown person");
    }

    public Map<UUID, String> of(Collection<UUID> subjectIds) {
        Map<UUID, String> names = new LinkedHashMap<>();
        subjectIds.stream().filter(Objects::nonNull).distinct().forEach(id -> names.put(id, of(id)));
        return names;
    }
}
