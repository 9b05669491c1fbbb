package org.interstice.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.interstice.IntegrationTest;
import org.interstice.agency.Agencies;
import org.interstice.agency.Agency;
import org.interstice.agency.Role;
import org.interstice.agency.Viewer;
import org.interstice.identity.SubjectResolved;
import org.interstice.identity.SubjectsResolved;
import org.interstice.identity.SubjectSplit;
import org.interstice.identity.Subjects;
import org.interstice.identity.SubjectsMerged;
import org.interstice.ingest.ExtractImported;
import org.interstice.ingest.Imports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The events other modules listen to (identity-api.md): an import publishes one {@link SubjectsResolved} per chunk
 * naming every agency record and its subject, and one {@link ExtractImported}; a merge publishes {@link SubjectsMerged}, its split {@link SubjectSplit},
 * each naming the subjects and the merge exactly as they are stored.
 */
@IntegrationTest
@RecordApplicationEvents
class IdentityEventsTest {

    @Autowired
    Imports imports;
    @Autowired
    Agencies agencies;
    @Autowired
    Merges merges;
    @Autowired
    Subjects subjects;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    private final Viewer mash = new Viewer(null, "mash.officer", "Mary Ashworth", null, null, null, Role.MASH_OFFICER, false);

    private UUID subjectOf(UUID record) {
        return jdbc.sql("select subject_id from person_record where id = :id").param("id", record).query(UUID.class).single();
    }

    private UUID record(Agency agency, String sourceId) {
        return jdbc.sql("select id from person_record where agency_id = :a and source_id = :s")
                .param("a", agency.id()).param("s", sourceId).query(UUID.class).single();
    }

    @Test
    void importing_merging_and_splitting_publish_events_naming_what_changed() {
        Agency health = agencies.byCode("NBH").orElseThrow();
        String tag = Long.toString(System.nanoTime(), 36);
        String csv = """
                source_id,given_name,family_name,dob,nhs_number
                EV-%1$s-1,Roisin,Qevent%1$s,2012-05-06,9434765919
                EV-%1$s-2,Tomasz,Zevent%1$s,2011-01-09,4010232137
                """.formatted(tag);
        Viewer system = new Viewer(null, "test:events", "Events test", health.id(), health.code(), null, null, false);
        Imports.Status done = imports.run(system, new Imports.Submission("NBH", "events-" + tag + ".csv",
                csv.getBytes(StandardCharsets.UTF_8), null, false), s -> { });
        assertThat(done.status()).isEqualTo("DONE");
        UUID roisin = record(health, "EV-" + tag + "-1");
        UUID tomasz = record(health, "EV-" + tag + "-2");

        assertThat(events.stream(SubjectsResolved.class).flatMap(e -> e.resolved().stream())
                .filter(e -> e.recordId().equals(roisin) || e.recordId().equals(tomasz)))
                .containsExactlyInAnyOrder(new SubjectResolved(subjectOf(roisin), roisin, health.id()),
                        new SubjectResolved(subjectOf(tomasz), tomasz, health.id()));
        assertThat(events.stream(ExtractImported.class).filter(e -> e.importId().equals(done.id())))
                .containsExactly(new ExtractImported(done.id(), health.id()));

        UUID survivor = subjectOf(roisin);
        UUID absorbed = subjectOf(tomasz);
        assertThat(merges.merge(mash, survivor, absorbed, "Test: the hospital recorded the twin's details").done()).isTrue();
        UUID mergeId = jdbc.sql("select id from subject_merge where survivor_id = :s and absorbed_id = :a")
                .param("s", survivor).param("a", absorbed).query(UUID.class).single();
        assertThat(events.stream(SubjectsMerged.class).filter(e -> e.mergeId().equals(mergeId)))
                .containsExactly(new SubjectsMerged(survivor, absorbed, mergeId));
        assertThat(subjects.current(absorbed)).isEqualTo(survivor);

        assertThat(merges.split(mash, mergeId, "Test: they are twins").done()).isTrue();
        assertThat(events.stream(SubjectSplit.class).filter(e -> e.mergeId().equals(mergeId)))
                .containsExactly(new SubjectSplit(survivor, absorbed, mergeId));
        assertThat(subjects.current(absorbed)).isEqualTo(absorbed);
        assertThat(subjectOf(tomasz)).isEqualTo(absorbed);
    }
}
