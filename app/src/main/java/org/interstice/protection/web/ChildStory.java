package org.interstice.protection.web;

import java.util.List;
import java.util.UUID;

import org.interstice.protection.child.Chronology;
import org.interstice.protection.elsewhere.KnownElsewhereDesk.Notice;
import org.interstice.signals.OwnWords;

/**
 * What the child page shows of the child's story: their own words (first), the multi-agency chronology, what was
 * recorded without the child's view, and a re-screening prompt when other agencies' signals arrived since the last
 * screening of a child already open to social care.
 */
public record ChildStory(UUID subjectId, Chronology.Story story, Notice notice, boolean rescreenPrompt,
                         List<RecordOption> records, boolean mayRecordWords, boolean maySendSignal, boolean complete,
                         FormError error, String todayInput) {

    /** A record the child's words can be linked to (a screening, a contact, a visit, a plan). */
    public record RecordOption(String value, String label) {
    }

    public List<OwnWords.Context> contexts() {
        return List.of(OwnWords.Context.values());
    }
}
