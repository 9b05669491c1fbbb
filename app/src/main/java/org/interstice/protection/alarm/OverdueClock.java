package org.interstice.protection.alarm;

import java.time.LocalDate;

import org.interstice.protection.timeline.ClockKind;

/** An open statutory clock whose due date has passed. */
public record OverdueClock(ClockKind kind, LocalDate dueOn) {
}
