package org.interstice.signals;

import java.util.UUID;

/** A return home interview was not offered within the timescale of the child's return. Published once per clock. */
public record ReturnHomeInterviewOverdue(UUID interviewId, UUID subjectId) {
}
