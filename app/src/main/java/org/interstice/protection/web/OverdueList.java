package org.interstice.protection.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.interstice.protection.timeline.Clocks.TeamOverdue;

/** A team's overdue clocks, oldest first. */
public record OverdueList(UUID teamId, String teamName, String owner, List<TeamOverdue> rows, long total,
                          Map<UUID, String> teams, LocalDate today) {

    public long daysOverdue(TeamOverdue row) {
        return java.time.temporal.ChronoUnit.DAYS.between(row.dueOn(), today);
    }
}
