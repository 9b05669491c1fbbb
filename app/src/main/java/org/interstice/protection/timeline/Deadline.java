package org.interstice.protection.timeline;

import java.time.LocalDate;

/** A computed deadline: when the clock started, when it is due, and how the due date was worked out. */
public record Deadline(ClockKind kind, LocalDate startedOn, LocalDate dueOn, String basis) {
}
