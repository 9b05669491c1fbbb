package org.interstice.intelligence.web;

import java.time.LocalDate;
import java.util.UUID;

/** What the network page shows, as types its template can use. */
public final class NetworkView {

    private NetworkView() {
    }

    /** One row of the table alternative: an entity with its group and centrality. */
    public record Row(UUID id, String label, String type, String role, int group, int degree, double betweenness) {
    }

    /** A connected group of two or more entities. */
    public record GroupLine(int number, int entities, long suspects, long children) {
    }

    /** The page's filter: a group number and a period of assertion dates. */
    public record Filter(Integer group, LocalDate from, LocalDate to) {
        public String query() {
            StringBuilder q = new StringBuilder();
            if (group != null) q.append("group=").append(group).append('&');
            if (from != null) q.append("from=").append(from).append('&');
            if (to != null) q.append("to=").append(to).append('&');
            return q.toString();
        }

        public String groupText() { return group == null ? "" : group.toString(); }
        public String fromText() { return from == null ? "" : from.toString(); }
        public String toText() { return to == null ? "" : to.toString(); }
    }
}
