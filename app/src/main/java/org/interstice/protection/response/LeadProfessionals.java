package org.interstice.protection.response;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.interstice.protection.alarm.AlarmWatch;
import org.interstice.protection.child.ProtectionChildren;
import org.interstice.protection.common.Refusal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The lead professional for each child: a named person in a named agency, with history. */
@Component("protectionLeadProfessionals")
public class LeadProfessionals {

    public record LeadProfessional(UUID id, UUID subjectId, String personName, UUID agencyId, LocalDate fromOn,
                                   LocalDate toOn, String recordedBy) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Audit audit;
    private final ProtectionChildren children;
    private final AlarmWatch alarms;

    LeadProfessionals(JdbcClient jdbc, Clock clock, Audit audit, ProtectionChildren children, AlarmWatch alarms) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.children = children;
        this.alarms = alarms;
    }

    /** Names the child's lead professional from a date; the previous one (if any) hands over on that date. */
    @Transactional
    public UUID assign(UUID subjectId, String personName, UUID agencyId, LocalDate from, Viewer viewer) {
        if (!children.exists(subjectId)) {
            throw new Refusal(null, "There is no such child");
        }
        if (personName == null || personName.isBlank()) {
            throw new Refusal("personName", "Enter the lead professional's name");
        }
        if (agencyId == null) {
            throw new Refusal("agencyId", "Choose the lead professional's agency");
        }
        if (from == null || from.isAfter(LocalDate.now(clock))) {
            throw new Refusal("fromOn", "Date must be today or in the past");
        }
        jdbc.sql("UPDATE lead_professional SET to_on = :on WHERE subject_id = :id AND to_on IS NULL")
                .param("on", from).param("id", subjectId).update();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO lead_professional (id, subject_id, person_name, agency_id, from_on, recorded_by)
                VALUES (:id, :subject, :name, :agency, :from, :by)""")
                .param("id", id).param("subject", subjectId).param("name", personName.strip()).param("agency", agencyId)
                .param("from", from).param("by", viewer.displayName()).update();
        audit.change(viewer, "protection.lead-professional.assigned", "lead-professional", id);
        alarms.reevaluate(subjectId);
        return id;
    }

    public Optional<LeadProfessional> current(UUID subjectId) {
        return jdbc.sql("SELECT * FROM lead_professional WHERE subject_id = :id AND to_on IS NULL")
                .param("id", subjectId).query(LeadProfessional.class).optional();
    }

    public List<LeadProfessional> history(UUID subjectId) {
        return jdbc.sql("SELECT * FROM lead_professional WHERE subject_id = :id ORDER BY from_on DESC")
                .param("id", subjectId).query(LeadProfessional.class).list();
    }
}
