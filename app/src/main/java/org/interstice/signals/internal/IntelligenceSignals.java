package org.interstice.signals.internal;

import java.time.LocalTime;
import java.time.OffsetDateTime;

import org.interstice.agency.Agencies;
import org.interstice.agency.Viewer;
import org.interstice.intelligence.ChildrenAtRisk;
import org.interstice.intelligence.ChildrenNamedAtRisk;
import org.interstice.signals.NewSignal;
import org.interstice.signals.SignalIntake;
import org.interstice.identity.Subjects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An intelligence report that names a child as CHILD_AT_RISK is a signal about that child, from the reporting agency
 * (kind POLICE_INTELLIGENCE from the police, AGENCY_INTELLIGENCE from any other agency; the agency's reference being
 * the report's). The signal carries the report's sanitised
 * summary only, never its body, so the report's handling code still governs who reads what it says.
 */
@Component
class IntelligenceSignals {

    private static final Logger LOG = LoggerFactory.getLogger(IntelligenceSignals.class);

    private final ChildrenAtRisk childrenAtRisk;
    private final SignalIntake intake;
    private final Agencies agencies;
    private final Subjects subjects;
    private final java.time.Clock clock;

    IntelligenceSignals(ChildrenAtRisk childrenAtRisk, SignalIntake intake, Agencies agencies, Subjects subjects,
                        java.time.Clock clock) {
        this.clock = clock;
        this.subjects = subjects;
        this.childrenAtRisk = childrenAtRisk;
        this.intake = intake;
        this.agencies = agencies;
    }

    @ApplicationModuleListener
    void on(ChildrenNamedAtRisk recorded) {
        for (ChildrenAtRisk.Named named : childrenAtRisk.in(recorded.reportId())) {
            var agency = agencies.byId(named.reportingAgencyId()).orElseThrow();
            Viewer from = new Viewer(null, "system:intelligence-signals", agency.name(), agency.id(), agency.code(),
                    null, null, false);
            String summary = named.sanitisedSummary() != null && !named.sanitisedSummary().isBlank()
                    ? named.sanitisedSummary().strip()
                    : "Intelligence report " + named.reference() + " names the child at risk; ask " + agency.name()
                    + " what may be shared";
            OffsetDateTime noon = named.reportedOn().atTime(LocalTime.NOON).atZone(java.time.ZoneId.of("Europe/London")).toOffsetDateTime();
            OffsetDateTime now = OffsetDateTime.now(clock);
            OffsetDateTime on = noon.isAfter(now) ? now : noon;
            if (subjects.byId(named.subjectId()).isEmpty()) {
                // A person given a subject id identity does not hold: nothing to attach the signal to.
                LOG.warn("Intelligence report {} names child {} at risk, who is not in the single view; no signal",
                        named.reference(), named.subjectId());
                continue;
            }
            String kind = agency.kind() == org.interstice.agency.AgencyKind.POLICE ? "POLICE_INTELLIGENCE" : "AGENCY_INTELLIGENCE";
            intake.record(from, new NewSignal(kind, named.reference() + "/" + named.subjectId(),
                    named.subjectId(), null, on, null, null, false, summary), SignalIntake.Via.INTELLIGENCE);
        }
    }
}
