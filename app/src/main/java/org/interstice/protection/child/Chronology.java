package org.interstice.protection.child;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.interstice.agency.Agencies;
import org.interstice.agency.Agency;
import org.interstice.agency.Viewer;
import org.interstice.handoff.Handoffs;
import org.interstice.protection.response.Plans;
import org.interstice.protection.response.Sightings;
import org.interstice.protection.screening.Screenings;
import org.interstice.protection.triage.Contacts;
import org.interstice.signals.ChildSignals;
import org.interstice.signals.OwnWords;
import org.interstice.signals.ReturnHomeInterviews;
import org.springframework.stereotype.Component;

/**
 * The multi-agency chronology of one child: every agency's signals, contacts, screenings, plans, hand-offs, visits
 * and return home interviews on one timeline, newest first, each with its agency, as the viewer may see them (a
 * sensitive signal the viewer may not open shows only as "a health signal, restricted"). The child's own words are
 * kept apart, to be shown first; screenings and plans recorded without the child's view are marked.
 */
@Component
public class Chronology {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    /** One event. {@code href} links to the record when there is a page for it. */
    public record Entry(OffsetDateTime at, String agency, String what, String title, String detail, String href,
                        boolean restricted, boolean withoutChildView) {
    }

    /** The child's story: own words first, then the timeline; {@code withoutChildView} names what lacks it. */
    public record Story(List<OwnWords.Words> words, List<Entry> entries, List<String> withoutChildView) {
    }

    private final ChildSignals signals;
    private final OwnWords ownWords;
    private final ReturnHomeInterviews interviews;
    private final Contacts contacts;
    private final Screenings screenings;
    private final Plans plans;
    private final Sightings sightings;
    private final Handoffs handoffs;
    private final Agencies agencies;

    Chronology(ChildSignals signals, OwnWords ownWords, ReturnHomeInterviews interviews, Contacts contacts,
               Screenings screenings, Plans plans, Sightings sightings, Handoffs handoffs, Agencies agencies) {
        this.signals = signals;
        this.ownWords = ownWords;
        this.interviews = interviews;
        this.contacts = contacts;
        this.screenings = screenings;
        this.plans = plans;
        this.sightings = sightings;
        this.handoffs = handoffs;
        this.agencies = agencies;
    }

    /** The viewer's view of the child's story; the caller has checked that the viewer may see the child. */
    public Story of(UUID subjectId, Viewer viewer, int limit) {
        Map<UUID, String> agency = agencies.all().stream().collect(Collectors.toMap(Agency::id, Agency::name));
        List<Entry> entries = new ArrayList<>();
        for (ChildSignals.Entry s : signals.forChild(subjectId, viewer, limit)) {
            String detail = s.restricted() ? "Restricted: ask " + s.agency() + " if you need to know"
                    : s.summary() + (s.place() == null ? "" : " Found at: " + s.place() + ".")
                    + (s.exploitationIndicator() ? " Exploitation indicator." : "");
            entries.add(new Entry(s.occurredAt(), s.agency(), "Signal", s.label(), detail, null, s.restricted(), false));
        }
        for (var c : contacts.forChild(subjectId)) {
            entries.add(new Entry(c.receivedAt(), agency.getOrDefault(c.referringAgencyId(), ""), "Contact",
                    "Contact to the MASH" + (c.decided() ? ": " + c.outcome().label() : ", awaiting decision"),
                    c.concern(), "/protection/contacts/" + c.id(), false, false));
        }
        var screeningList = screenings.history(subjectId);
        var planList = plans.forChild(subjectId);
        List<UUID> recordIds = new ArrayList<>();
        screeningList.forEach(s -> recordIds.add(s.id()));
        planList.forEach(p -> recordIds.add(p.id()));
        Set<UUID> heard = ownWords.heardIn(recordIds);
        for (var s : screeningList) {
            entries.add(new Entry(startOf(s.screenedOn()), agency.getOrDefault(s.agencyId(), ""), "Screening",
                    "Exploitation screening: " + s.levelLabel(), "Screened by " + s.screenedBy(),
                    "/protection/screenings/" + s.id(), false, !heard.contains(s.id())));
        }
        for (var p : planList) {
            entries.add(new Entry(startOf(p.startedOn()), "", "Plan", p.planType().label() + " started",
                    "Recorded by " + p.createdBy(), null, false, !heard.contains(p.id())));
            if (p.endedOn() != null) {
                entries.add(new Entry(startOf(p.endedOn()), "", "Plan", p.planType().label() + " ended",
                        p.endReason(), null, false, false));
            }
        }
        for (var v : sightings.forChild(subjectId)) {
            entries.add(new Entry(startOf(v.seenOn()), agency.getOrDefault(v.agencyId(), ""), "Visit",
                    v.kindLabel(), v.note() == null ? "Seen by " + v.seenBy() : v.note() + " (" + v.seenBy() + ")",
                    null, false, false));
        }
        for (var h : handoffs.forSubject(subjectId, viewer)) {
            entries.add(new Entry(h.sentAt().atZone(UK).toOffsetDateTime(), h.fromAgency(), "Hand-off",
                    "Hand-off to " + h.toAgency() + ": " + h.state().name().toLowerCase().replace('_', ' '),
                    h.summary(), "/handoffs/" + h.id(), false, false));
        }
        for (var i : interviews.forChild(subjectId)) {
            OffsetDateTime at = i.doneAt() != null ? i.doneAt() : i.declinedAt() != null ? i.declinedAt()
                    : i.offeredAt() != null ? i.offeredAt() : i.dueAt();
            String status = switch (i.status()) {
                case AWAITING -> "due";
                case OFFERED -> "offered";
                case DONE -> "done";
                case DECLINED -> "declined by the child";
            };
            entries.add(new Entry(at, i.ownerAgency(), "Return home interview", "Return home interview " + status,
                    i.note() == null ? "After the child returned" + (i.place() == null ? "" : " (found at " + i.place() + ")") : i.note(),
                    "/signals/return-interviews/" + i.id(), false, false));
        }
        entries.sort(Comparator.comparing(Entry::at).reversed());
        List<String> without = new ArrayList<>();
        if (!screeningList.isEmpty() && !heard.contains(screeningList.get(0).id())) {
            without.add("the latest screening (" + screeningList.get(0).screenedOn() + ")");
        }
        planList.stream().filter(Plans.Plan::active).filter(p -> !heard.contains(p.id()))
                .forEach(p -> without.add("the " + p.planType().label().toLowerCase() + " (started " + p.startedOn() + ")"));
        return new Story(ownWords.forChild(subjectId), entries.size() > limit ? entries.subList(0, limit) : entries,
                without);
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(UK).toOffsetDateTime();
    }
}
