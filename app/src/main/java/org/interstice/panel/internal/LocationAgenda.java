package org.interstice.panel.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import org.interstice.intelligence.EntityType;
import org.interstice.intelligence.LocationsOfConcern;
import org.interstice.intelligence.LocationsOfConcern.Location;
import org.interstice.panel.AgendaSignal;
import org.interstice.panel.VoltSection;
import org.springframework.stereotype.Component;

/**
 * The Locations section of a drafted agenda, from intelligence: addresses and premises linked to the children and
 * suspects already on the agenda or named in reports since the last meeting, the most linked first.
 */
@Component
public class LocationAgenda {

    /** The panel discusses a handful of places; the chair can add more by hand. */
    static final int MOST = 10;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final LocationsOfConcern locations;

    LocationAgenda(LocationsOfConcern locations) {
        this.locations = locations;
    }

    /** Location signals for an agenda whose other signals are {@code gathered}, covering the time from {@code since}. */
    public List<AgendaSignal> signals(List<AgendaSignal> gathered, Instant since) {
        List<UUID> children = subjects(gathered, VoltSection.VICTIMS);
        List<UUID> suspects = subjects(gathered, VoltSection.OFFENDERS);
        LocalDate from = since.atZone(LONDON).toLocalDate();
        List<AgendaSignal> signals = new ArrayList<>();
        for (Location place : locations.linkedTo(children, suspects, from, MOST)) {
            signals.add(new AgendaSignal(VoltSection.LOCATIONS, null, heading(place), reason(place)));
        }
        return signals;
    }

    private static List<UUID> subjects(List<AgendaSignal> signals, VoltSection section) {
        return signals.stream().filter(s -> s.section() == section).map(AgendaSignal::subjectId)
                .filter(Objects::nonNull).distinct().toList();
    }

    static String heading(Location place) {
        String kind = place.type() == EntityType.PREMISES ? "Premises" : "Address";
        String what = place.premisesKind() == null || place.premisesKind().isBlank() ? ""
                : " (" + place.premisesKind().strip().toLowerCase(Locale.UK) + ")";
        return kind + ": " + place.label() + what;
    }

    static String reason(Location place) {
        List<String> parts = new ArrayList<>();
        if (place.children() > 0 || place.suspects() > 0) {
            List<String> people = new ArrayList<>();
            if (place.children() > 0) {
                people.add(count(place.children(), "child", "children"));
            }
            if (place.suspects() > 0) {
                people.add(count(place.suspects(), "suspect", "suspects"));
            }
            parts.add("linked to " + String.join(" and ", people) + " on this agenda");
        }
        if (place.reportsSince() > 0) {
            parts.add("named in " + count(place.reportsSince(), "intelligence report", "intelligence reports")
                    + " since the last meeting");
        }
        return String.join("; ", parts);
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
