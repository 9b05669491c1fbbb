package org.interstice.protection.alarm;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.interstice.identity.SubjectRecordsMoved;
import org.interstice.identity.SubjectResolved;
import org.interstice.identity.SubjectSplit;
import org.interstice.identity.SubjectsResolved;
import org.interstice.identity.Subjects;
import org.interstice.identity.SubjectsMerged;
import org.interstice.protection.child.ChildIdentities;
import org.interstice.protection.child.ProtectionChildren;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps protection in step with the single view. A merge in identity moves the absorbed child's protection records
 * to the survivor and re-evaluates the survivor's alarm; a split or a newly resolved agency record re-evaluates the
 * children concerned (the number of agencies that know them may have changed). Cheap for children protection
 * does not hold: one indexed look-up.
 */
@Component("protectionIdentityChanges")
class IdentityChanges {

    private final ProtectionChildren children;
    private final AlarmWatch watch;
    private final Subjects subjects;
    private final Clock clock;
    private final ChildIdentities identities;

    IdentityChanges(ProtectionChildren children, AlarmWatch watch, Subjects subjects, Clock clock,
                    ChildIdentities identities) {
        this.identities = identities;
        this.children = children;
        this.watch = watch;
        this.subjects = subjects;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(SubjectsMerged merged) {
        UUID survivor = subjects.current(merged.survivorId());
        children.follow(merged.absorbedId(), survivor, OffsetDateTime.now(clock));
        watch.reevaluate(survivor);
    }

    @ApplicationModuleListener
    void on(SubjectSplit split) {
        watch.reevaluate(split.survivorId());
        watch.reevaluate(split.restoredId());
    }

    /** An import's chunk of records: the same as one {@link SubjectResolved} each, with set-based queries. */
    @ApplicationModuleListener
    void on(SubjectsResolved batch) {
        identities.resolved(batch.resolved(), OffsetDateTime.now(clock));
        children.existing(batch.resolved().stream().map(SubjectResolved::subjectId).toList()).forEach(watch::reevaluate);
    }

    @ApplicationModuleListener
    void on(SubjectResolved resolved) {
        identities.resolved(resolved.recordId(), resolved.subjectId(), OffsetDateTime.now(clock));
        if (children.exists(resolved.subjectId())) {
            watch.reevaluate(resolved.subjectId());
        }
    }

    /** Records moved between subjects (ADR 0073): what each child's alarm reads from other agencies changed. */
    @ApplicationModuleListener
    void on(SubjectRecordsMoved moved) {
        for (UUID subject : List.of(moved.fromSubject(), moved.toSubject())) {
            UUID current = subjects.current(subject);
            if (children.exists(current)) {
                watch.reevaluate(current);
            }
        }
    }
}
