package org.interstice.protection.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.interstice.agency.Role;
import org.interstice.agency.Viewer;
import org.interstice.protection.child.Chronology;
import org.interstice.protection.elsewhere.KnownElsewhereDesk;
import org.interstice.protection.response.Plans;
import org.interstice.protection.response.Sightings;
import org.interstice.protection.screening.Screenings;
import org.interstice.protection.triage.Contacts;
import org.springframework.stereotype.Component;

/** Builds the child's story for the child page and the chronology page. */
@Component
class ChildStories {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final Clock clock;
    private final Chronology chronology;
    private final KnownElsewhereDesk desk;
    private final Screenings screenings;
    private final Contacts contacts;
    private final Sightings sightings;
    private final Plans plans;

    ChildStories(Clock clock, Chronology chronology, KnownElsewhereDesk desk, Screenings screenings, Contacts contacts,
                 Sightings sightings, Plans plans) {
        this.clock = clock;
        this.chronology = chronology;
        this.desk = desk;
        this.screenings = screenings;
        this.contacts = contacts;
        this.sightings = sightings;
        this.plans = plans;
    }

    /** The story shown on the child page: the newest {@code limit} chronology events. */
    ChildStory story(UUID id, Viewer viewer, int limit, FormError error) {
        Chronology.Story story = chronology.of(id, viewer, limit);
        var notice = desk.last(id).orElse(null);
        var latest = screenings.latest(id).orElse(null);
        boolean prompt = notice != null && notice.action().equals("RESCREEN")
                && (latest == null || latest.screenedOn().isBefore(notice.noticedAt().atZoneSameInstant(UK).toLocalDate()));
        List<ChildStory.RecordOption> records = new ArrayList<>();
        screenings.history(id).forEach(s -> records.add(new ChildStory.RecordOption("SCREENING:" + s.id(),
                "Screening on " + Formats.date(s.screenedOn()))));
        contacts.forChild(id).forEach(c -> records.add(new ChildStory.RecordOption("CONTACT:" + c.id(),
                "Contact received " + Formats.dateTime(c.receivedAt()))));
        sightings.forChild(id).forEach(v -> records.add(new ChildStory.RecordOption("VISIT:" + v.id(),
                v.kindLabel() + " on " + Formats.date(v.seenOn()))));
        plans.forChild(id).stream().filter(Plans.Plan::active).forEach(p -> records.add(new ChildStory.RecordOption(
                "PLAN:" + p.id(), p.planType().label() + " from " + Formats.date(p.startedOn()))));
        return new ChildStory(id, story, notice, prompt, records,
                viewer.hasAnyRole(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.MASH_OFFICER, Role.POLICE_INVESTIGATOR, Role.PANEL_CHAIR),
                viewer.hasAnyRole(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.MASH_OFFICER, Role.POLICE_INVESTIGATOR),
                story.entries().size() < limit, error, DateInput.format(LocalDate.now(clock)));
    }

}
