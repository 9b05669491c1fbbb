package org.interstice.panel.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.interstice.panel.AgendaSignal;
import org.interstice.panel.VoltSection;

/**
 * Turns signals from the data into a draft agenda in VOLT order: one item per child or suspect (their reasons
 * joined, so a child with three alarms is discussed once), then locations and trends as they came.
 */
public final class AgendaDraft {

    /** A drafted item: section, position within it, the subject (if any), a heading and the reasons. */
    public record Item(VoltSection section, int position, UUID subjectId, String heading, String detail) {
    }

    private AgendaDraft() {
    }

    public static List<Item> from(List<AgendaSignal> signals) {
        Map<Object, List<AgendaSignal>> grouped = new LinkedHashMap<>();
        for (AgendaSignal s : signals) {
            Object key = s.subjectId() != null ? List.of(s.section(), s.subjectId()) : List.of(s.section(), s.heading(), s.reason());
            grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
        }
        List<List<AgendaSignal>> groups = new ArrayList<>(grouped.values());
        // Within a section, the subjects with most reasons come first; ties keep the order the data gave.
        groups.sort(Comparator.<List<AgendaSignal>, VoltSection>comparing(g -> g.get(0).section())
                .thenComparing(g -> g.get(0).subjectId() == null ? 0 : -g.size()));
        List<Item> items = new ArrayList<>();
        Map<VoltSection, Integer> positions = new LinkedHashMap<>();
        for (List<AgendaSignal> group : groups) {
            AgendaSignal first = group.get(0);
            int position = positions.merge(first.section(), 1, Integer::sum);
            String detail = String.join("; ", group.stream().map(AgendaSignal::reason).filter(Objects::nonNull).distinct().toList());
            items.add(new Item(first.section(), position, first.subjectId(), first.heading(), detail));
        }
        return items;
    }
}
