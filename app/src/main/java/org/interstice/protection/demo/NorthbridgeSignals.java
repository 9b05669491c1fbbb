package org.interstice.protection.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.interstice.agency.Users;
import org.interstice.agency.Viewer;
import org.interstice.demo.DemoStep;
import org.interstice.signals.NewSignal;
import org.interstice.signals.OwnWords;
import org.interstice.signals.ReturnHomeInterviews;
import org.interstice.signals.SignalIntake;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Step 250: what other agencies know about Northbridge's children. Jade has a missing episode whose return home
 * interview is overdue and an emergency-department attendance (sensitive); Kyle has school and police signals; a
 * new child, Riley Quinn, is known only to the police and a school, so the "known elsewhere" rule brings Riley to the
 * MASH; Leah's own words are recorded with her screening.
 */
@Component("protectionNorthbridgeSignals")
class NorthbridgeSignals implements DemoStep {

    private final SignalIntake intake;
    private final OwnWords words;
    private final ReturnHomeInterviews interviews;
    private final Users users;
    private final JdbcClient jdbc;
    private final Clock clock;

    NorthbridgeSignals(SignalIntake intake, OwnWords words, ReturnHomeInterviews interviews, Users users,
                       JdbcClient jdbc, Clock clock) {
        this.intake = intake;
        this.words = words;
        this.interviews = interviews;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 250;
    }

    @Override
    public void seed() {
        Optional<Viewer> police = users.viewerFor("police.investigator");
        Optional<Viewer> nurse = users.viewerFor("ed.nurse");
        Optional<Viewer> school = users.viewerFor("nba.dsl");
        Optional<Viewer> mash = users.viewerFor("mash.officer");
        Optional<Viewer> practitioner = users.viewerFor("practitioner");
        if (police.isEmpty() || nurse.isEmpty() || school.isEmpty() || mash.isEmpty() || practitioner.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        child("Jade Whitaker").ifPresent(jade -> {
            signal(police.get(), "MISSING_EPISODE", "NSP-MISS-2026-0412", jade, null, now.minusDays(5).minusHours(14),
                    now.minusDays(5), "A flat above a takeaway on Mill Lane", true,
                    "Reported missing by her carer at 19:00; found at 09:10 with two adult men; had a new phone.");
            signal(nurse.get(), "EMERGENCY_ATTENDANCE", "NBH-ED-88213", jade, null, now.minusDays(8), null, null, false,
                    "Attended intoxicated with an adult male who left when staff asked questions.");
            words.record(jade, "I'm fine. He's my boyfriend, he looks after me.", "Nadia Okafor",
                    now.minusDays(8).plusHours(1), OwnWords.Context.OTHER, null, nurse.get());
        });
        child("Kyle Dunmore").ifPresent(kyle -> {
            signal(school.get(), "SCHOOL_ABSENCE", "NBA-ATT-5531", kyle, null, now.minusDays(12), null, null, false,
                    "Absent 7 of the last 10 days; seen at the school gate being collected by older youths.");
            signal(police.get(), "UNEXPLAINED_GIFTS", "NSP-STOP-7781", kyle, null, now.minusDays(2), null, null, false,
                    "Stop and search: two phones and 240 pounds in cash, no explanation.");
        });
        child("Leah Brennan").ifPresent(leah -> {
            UUID screening = jdbc.sql("SELECT id FROM exploitation_screening WHERE subject_id = :id ORDER BY screened_on DESC LIMIT 1")
                    .param("id", leah).query(UUID.class).optional().orElse(null);
            words.record(leah, "I want it to stop. I don't want to go back to that hotel.", "Priya Shah",
                    now.minusDays(38), screening == null ? OwnWords.Context.OTHER : OwnWords.Context.SCREENING, screening,
                    practitioner.get());
        });
        NewSignal.Person riley = new NewSignal.Person("Riley", "Quinn", LocalDate.now(clock).minusYears(13).minusDays(140),
                null, null, null, "NB3 4QT");
        signal(police.get(), "POLICE_INTELLIGENCE", "NSP-INT-3390", null, riley, now.minusDays(20), null, null, true,
                "Found at 02:10 in a parked car with two men in their thirties.");
        signal(school.get(), "EXCLUSION", "NBA-EXC-0217", null, riley, now.minusDays(9), null, null, false,
                "Fixed-term exclusion after bringing a knife to school; said he was holding it for someone.");
        signal(police.get(), "MISSING_EPISODE", "NSP-MISS-2026-0477", null, riley, now.minusDays(3).minusHours(10),
                now.minusDays(3), "Bus station, 40 miles away", true,
                "Returned after a night missing with a new phone.");
        interviews.noticeOverdue();
    }

    private Optional<UUID> child(String name) {
        return jdbc.sql("SELECT subject_id FROM protection_child WHERE stated_name = :name LIMIT 1").param("name", name)
                .query(UUID.class).optional();
    }

    private void signal(Viewer from, String kind, String reference, UUID subject, NewSignal.Person person,
                        OffsetDateTime at, OffsetDateTime ended, String place, boolean exploitation, String summary) {
        intake.record(from, new NewSignal(kind, reference, subject, person, at, ended, place, exploitation, summary),
                SignalIntake.Via.DEMO);
    }
}
