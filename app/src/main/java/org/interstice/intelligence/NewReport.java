package org.interstice.intelligence;

import org.interstice.intelligence.internal.*;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.interstice.agency.Role;
import org.interstice.intelligence.MentionRole;
import org.interstice.intelligence.SourceType;

/** An intelligence report as submitted, before validation. */
public record NewReport(LocalDate reportedOn, SourceType sourceType, UUID sourceSubjectId, String sourceDescription,
                        String body, String sanitisedSummary, String gradingSystem, String sourceGrade,
                        String informationGrade, String handlingCode, String handlingConditions,
                        Set<UUID> releaseAgencies, Set<Role> releaseRoles, List<Mention> mentions, List<LinkSpec> links) {

    public NewReport {
        releaseAgencies = releaseAgencies == null ? Set.of() : Set.copyOf(releaseAgencies);
        releaseRoles = releaseRoles == null ? Set.of() : Set.copyOf(releaseRoles);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        links = links == null ? List.of() : List.copyOf(links);
    }

    /** The report names an entity in a role. */
    public record Mention(EntityRef entity, MentionRole role) {
    }

    /** The report asserts that two entities are linked, for example a suspect DRIVES a vehicle. */
    public record LinkSpec(EntityRef from, String relation, EntityRef to) {
    }
}
