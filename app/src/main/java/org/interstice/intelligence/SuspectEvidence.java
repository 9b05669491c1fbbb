package org.interstice.intelligence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What intelligence says about the people it names as suspects, for the pursuit module. Counts are over every
 * report whatever its handling code: they carry no report content.
 */
public interface SuspectEvidence {

    /** The evidence for the given suspects (POLE person ids); people never named as suspects are absent. */
    Map<UUID, Evidence> forSuspects(Collection<UUID> personIds);

    /** The suspects (POLE person ids) linked to a child, by the child's identity subject, as in {@link Evidence#children()}. */
    List<UUID> suspectsLinkedToChild(UUID childSubjectId);

    /** Every person named as a suspect in at least one report. */
    List<UUID> allSuspects();

    Optional<Person> person(UUID personId);

    /**
     * The given persons that reports name as suspects, each with the date of the earliest report naming him: what
     * registering a suspect needs, in one read.
     */
    Map<UUID, NamedSuspect> namedSuspects(Collection<UUID> personIds);

    /** A person named as a suspect, and the date of the earliest report naming him. */
    record NamedSuspect(Person person, LocalDate firstNamedOn) {
    }

    /**
     * The names each person was given in reports whose content the viewer may see (decided in SQL), most used first;
     * a person the viewer may see no naming of is absent.
     */
    Map<UUID, List<String>> knownNames(org.interstice.agency.Viewer viewer, Collection<UUID> personIds);

    /** The names (as given) under which reports named each person as a suspect, in the order first used. */
    Map<UUID, List<String>> namesUsed(Collection<UUID> personIds);

    /**
     * The reports naming a person that the viewer may see (access decided in SQL): the opening of the text for full
     * readers, the sanitised summary for others.
     */
    List<ReportLine> reportsNaming(org.interstice.agency.Viewer viewer, UUID personId);

    /** A report as a line on a suspect's page. */
    record ReportLine(UUID id, String reference, LocalDate reportedOn, String agency, String grade, boolean full, String summary) {
    }

    /** A POLE person: the name used in intelligence and the identity subject when identified. */
    record Person(UUID id, String label, UUID subjectId) {
    }

    /** A report naming the suspect; {@code sourceKey} is the source person, or without one the reporting agency. */
    record Naming(UUID reportId, LocalDate reportedOn, String sourceKey) {
    }

    /** A child named at risk alongside the suspect (in the same report or by a direct link), first on {@code linkedOn}. */
    record ChildLink(UUID childPersonId, UUID childSubjectId, LocalDate linkedOn) {
    }

    record Evidence(UUID personId, List<Naming> namings, List<ChildLink> children) {
    }
}
