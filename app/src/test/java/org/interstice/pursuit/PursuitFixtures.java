package org.interstice.pursuit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.interstice.agency.Role;
import org.interstice.agency.Users;
import org.interstice.agency.Viewer;
import org.interstice.intelligence.EntityRef;
import org.interstice.intelligence.MentionRole;
import org.interstice.intelligence.NewReport;
import org.interstice.intelligence.ReportRecording;
import org.interstice.intelligence.SourceType;

/** Builds intelligence for tests: reports from named demo users, naming fresh suspects and children. */
public final class PursuitFixtures {

    private final ReportRecording recording;
    private final Users users;
    private final Clock clock;

    public PursuitFixtures(ReportRecording recording, Users users, Clock clock) {
        this.recording = recording;
        this.users = users;
        this.clock = clock;
    }

    public Viewer viewer(String username) {
        return users.viewerFor(username).orElseThrow();
    }

    public LocalDate daysAgo(int days) {
        return LocalDate.now(clock).minusDays(days);
    }

    /** A plain 3x5x2 1B P report naming the suspect (an existing person id, or a new name) and optional children. */
    public ReportRecording.Outcome name(String username, int daysAgo, EntityRef suspect, EntityRef... children) {
        List<NewReport.Mention> mentions = new java.util.ArrayList<>();
        mentions.add(new NewReport.Mention(suspect, MentionRole.SUSPECT));
        for (EntityRef c : children) mentions.add(new NewReport.Mention(c, MentionRole.CHILD_AT_RISK));
        ReportRecording.Outcome o = recording.record(viewer(username), new NewReport(daysAgo(daysAgo), SourceType.CHILD_ACCOUNT,
                null, null, "Test report " + UUID.randomUUID(), null, "3x5x2", "1", "B", "P", null, Set.of(), Set.<Role>of(),
                mentions, List.of()));
        if (!o.recorded()) throw new IllegalStateException(o.reason());
        return o;
    }

    /**
     * Three agencies (outreach, a school, a hospital) name one new suspect, 20 and 10 days before and then
     * {@code lastDaysAgo} days ago, with optional children alongside the first report: the person named (an identity
     * subject's when {@code subjectId} is given).
     */
    public UUID namedByThreeAgencies(UUID subjectId, int lastDaysAgo, EntityRef... children) {
        var first = name("outreach.worker", lastDaysAgo + 20, EntityRef.person(org.interstice.MadeUpNames.person(), subjectId), children);
        UUID person = first.suspectPersonIds().get(0);
        name("nba.dsl", lastDaysAgo + 10, EntityRef.existing(person));
        name("ed.nurse", lastDaysAgo, EntityRef.existing(person));
        return person;
    }
}
