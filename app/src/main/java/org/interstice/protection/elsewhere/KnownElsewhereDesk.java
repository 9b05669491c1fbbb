package org.interstice.protection.elsewhere;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.interstice.agency.Viewer;
import org.interstice.identity.Subjects;
import org.interstice.protection.alarm.AlarmWatch;
import org.interstice.protection.child.ProtectionChildren;
import org.interstice.protection.triage.Contacts;
import org.interstice.protection.triage.Contacts.NewContact;
import org.interstice.signals.KnownElsewhere;
import org.interstice.signals.KnownElsewhere.Assessment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Acts when other agencies' signals about a child meet the "known elsewhere" rule. A child not in front of social
 * care (no undecided contact, open statutory clock, active plan, current lead professional or screening still in
 * date) becomes a MASH contact from the agency that knows most, with the rule's reasons; a child already open gets a
 * re-screening prompt on the child's page. The same signals never act twice: the newest signal counted is kept.
 */
@Component
public class KnownElsewhereDesk {

    /** What was done for a child, for the child's page. */
    public record Notice(UUID subjectId, OffsetDateTime latestSignalAt, OffsetDateTime noticedAt, String action,
                         String headline, java.util.List<String> reasons, UUID contactId) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final KnownElsewhere rule;
    private final Contacts contacts;
    private final ProtectionChildren children;
    private final Subjects subjects;
    private final AlarmWatch alarms;

    KnownElsewhereDesk(JdbcClient jdbc, Clock clock, KnownElsewhere rule, Contacts contacts,
                       ProtectionChildren children, Subjects subjects, AlarmWatch alarms) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.rule = rule;
        this.contacts = contacts;
        this.children = children;
        this.subjects = subjects;
        this.alarms = alarms;
    }

    /** Applies the rule to one child and acts if it holds for signals not yet acted on. Returns the action taken. */
    @Transactional
    public Optional<String> consider(UUID subjectId) {
        Assessment a = rule.assess(subjectId);
        if (!a.applies()) {
            if (children.exists(subjectId)) {
                alarms.reevaluate(subjectId);
            }
            return Optional.empty();
        }
        jdbc.sql("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext(CAST(:id AS text)))) AS locked")
                .param("id", subjectId).query(Long.class).single();
        Optional<OffsetDateTime> acted = jdbc.sql("SELECT latest_signal_at FROM protection_signal_notice WHERE subject_id = :id")
                .param("id", subjectId).query(OffsetDateTime.class).optional();
        if (acted.isPresent() && !acted.get().isBefore(a.latestRecordedAt())) {
            if (children.exists(subjectId)) {
                alarms.reevaluate(subjectId);
            }
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (openToSocialCare(subjectId)) {
            save(a, now, "RESCREEN", null);
            alarms.reevaluate(subjectId);
            return Optional.of("RESCREEN");
        }
        var child = subjects.byId(subjectId);
        if (child.isEmpty() && !children.exists(subjectId)) {
            return Optional.empty();
        }
        Viewer from = new Viewer(null, "system:known-elsewhere", a.leadAgency(), a.leadAgencyId(), a.leadAgencyCode(), null, null, false);
        String concern = a.headline() + ".\n" + String.join("\n", a.reasons());
        var contact = contacts.receive(new NewContact(subjectId, child.map(c -> c.displayName()).orElse(null),
                child.map(c -> c.dateOfBirth()).orElse(null), referralSource(a.leadAgencyKind()), concern,
                "Interstice (known elsewhere)"), from);
        save(a, now, "CONTACT", contact.id());
        return Optional.of("CONTACT");
    }

    private void save(Assessment a, OffsetDateTime now, String action, UUID contactId) {
        jdbc.sql("""
                INSERT INTO protection_signal_notice (subject_id, latest_signal_at, noticed_at, action, headline, reasons, contact_id)
                VALUES (:id, :latest, :now, :action, :headline, string_to_array(:reasons, chr(31)), :contact)
                ON CONFLICT (subject_id) DO UPDATE SET latest_signal_at = EXCLUDED.latest_signal_at,
                    noticed_at = EXCLUDED.noticed_at, action = EXCLUDED.action, headline = EXCLUDED.headline,
                    reasons = EXCLUDED.reasons, contact_id = EXCLUDED.contact_id""")
                .param("id", a.subjectId()).param("latest", a.latestRecordedAt()).param("now", now)
                .param("action", action).param("headline", a.headline())
                .param("reasons", String.join("\u001f", a.reasons())).param("contact", contactId).update();
    }

    /** In front of social care: an undecided contact, an open clock, an active plan, a lead professional or a screening in date. */
    boolean openToSocialCare(UUID subjectId) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM protection_contact WHERE subject_id = :id AND outcome IS NULL)
                            OR EXISTS (SELECT 1 FROM statutory_clock WHERE subject_id = :id AND completed_on IS NULL AND cancelled_on IS NULL)
                            OR EXISTS (SELECT 1 FROM protection_plan WHERE subject_id = :id AND ended_on IS NULL)
                            OR EXISTS (SELECT 1 FROM lead_professional WHERE subject_id = :id AND to_on IS NULL)
                            OR EXISTS (SELECT 1 FROM protection_child WHERE subject_id = :id AND rescreen_due_on > :today)""")
                .param("id", subjectId).param("today", java.time.LocalDate.now(clock)).query(Boolean.class).single();
    }

    /** The CIN census referral source for the agency that knows most. */
    static String referralSource(String agencyKind) {
        return switch (agencyKind == null ? "" : agencyKind) {
            case "POLICE" -> "6";
            case "HEALTH" -> "3F";
            case "EDUCATION" -> "2A";
            case "YOUTH_JUSTICE" -> "7";
            case "LICENSING" -> "5C";
            default -> "8";
        };
    }

    /** The last action for a child, if any. */
    public Optional<Notice> last(UUID subjectId) {
        return jdbc.sql("""
                        SELECT subject_id, latest_signal_at, noticed_at, action, headline, reasons, contact_id
                        FROM protection_signal_notice WHERE subject_id = :id""")
                .param("id", subjectId)
                .query((rs, n) -> new Notice(rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class),
                        rs.getObject(3, OffsetDateTime.class), rs.getString(4), rs.getString(5),
                        java.util.List.of((String[]) rs.getArray(6).getArray()), rs.getObject(7, UUID.class)))
                .optional();
    }
}
