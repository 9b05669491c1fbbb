package org.interstice.intelligence.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.interstice.agency.Role;
import org.interstice.intelligence.MentionRole;
import org.interstice.intelligence.SourceType;
import org.interstice.intelligence.EntityRef;
import org.interstice.intelligence.NewReport;

/**
 * The report form: the report itself, then who and what it names. Objects and places are linked to the first
 * suspect named; a child at risk is named alongside.
 */
public record ReportForm(String reportedOn, String sourceType, String sourceSubjectId, String sourceDescription,
                         String body, String sanitisedSummary, String gradingSystem, String source,
                         String information, String handling, String handlingConditions,
                         List<String> releaseAgencies, List<String> releaseRoles,
                         String suspectName, String suspectSubjectId, String secondSuspectName,
                         String childName, String childSubjectId, String vehicleRegistration, String vehicleDescription,
                         String phone, String licenceNumber, String licensingAuthority, String premisesName,
                         String premisesPostcode, String premisesKind, String accountHandle, String accountPlatform) {

    public static ReportForm empty(LocalDate today) {
        return new ReportForm(today.toString(), null, null, null, null, null, "3x5x2", null, null, "P", null, List.of(), List.of(),
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The form as a new report, or a field error when a value cannot even be read. */
    public NewReport toReport() {
        EntityRef suspect = blank(suspectName) && blank(suspectSubjectId) ? null : EntityRef.person(suspectName, uuid(suspectSubjectId, "suspectSubjectId"));
        List<NewReport.Mention> mentions = new ArrayList<>();
        List<NewReport.LinkSpec> links = new ArrayList<>();
        if (suspect != null) mentions.add(new NewReport.Mention(suspect, MentionRole.SUSPECT));
        if (!blank(secondSuspectName)) {
            EntityRef second = EntityRef.person(secondSuspectName, null);
            mentions.add(new NewReport.Mention(second, MentionRole.SUSPECT));
            if (suspect != null) links.add(new NewReport.LinkSpec(suspect, "ASSOCIATES_WITH", second));
        }
        if (!blank(childName) || !blank(childSubjectId)) {
            EntityRef child = EntityRef.person(childName, uuid(childSubjectId, "childSubjectId"));
            mentions.add(new NewReport.Mention(child, MentionRole.CHILD_AT_RISK));
            if (suspect != null) links.add(new NewReport.LinkSpec(suspect, "CONTACT_WITH_CHILD", child));
        }
        link(links, mentions, suspect, "USES_VEHICLE", blank(vehicleRegistration) ? null : EntityRef.vehicle(vehicleRegistration, vehicleDescription));
        link(links, mentions, suspect, "USES_PHONE", blank(phone) ? null : EntityRef.phone(phone));
        link(links, mentions, suspect, "HOLDS_LICENCE", blank(licenceNumber) && blank(licensingAuthority) ? null : EntityRef.licence(licenceNumber, licensingAuthority));
        link(links, mentions, suspect, "FREQUENTS", blank(premisesName) ? null : EntityRef.premises(premisesName, premisesPostcode, premisesKind));
        link(links, mentions, suspect, "USES_ACCOUNT", blank(accountHandle) && blank(accountPlatform) ? null : EntityRef.account(accountHandle, accountPlatform));
        Set<UUID> agencies = new HashSet<>();
        if (releaseAgencies != null) for (String a : releaseAgencies) agencies.add(uuid(a, "handlingConditions"));
        Set<Role> roles = new HashSet<>();
        if (releaseRoles != null) for (String r : releaseRoles) roles.add(Role.valueOf(r));
        return new NewReport(date(reportedOn), blank(sourceType) ? null : SourceType.valueOf(sourceType),
                uuid(sourceSubjectId, "sourceSubjectId"), sourceDescription, body, sanitisedSummary, gradingSystem, source,
                information, handling, handlingConditions, agencies, roles, mentions, links);
    }

    private static void link(List<NewReport.LinkSpec> links, List<NewReport.Mention> mentions, EntityRef suspect, String relation, EntityRef thing) {
        if (thing == null) return;
        if (suspect != null) links.add(new NewReport.LinkSpec(suspect, relation, thing));
        else mentions.add(new NewReport.Mention(thing, MentionRole.OTHER));
    }

    public boolean releasedTo(Object agencyId) {
        return releaseAgencies != null && releaseAgencies.contains(String.valueOf(agencyId));
    }

    public boolean releasedToRole(Role role) {
        return releaseRoles != null && releaseRoles.contains(role.name());
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static UUID uuid(String s, String field) {
        if (blank(s)) return null;
        try {
            return UUID.fromString(s.trim());
        } catch (IllegalArgumentException e) {
            throw new FieldProblem(field, "Enter a subject reference in the form 8-4-4-4-12 (from the person's record)");
        }
    }

    private static LocalDate date(String s) {
        if (blank(s)) return null;
        try {
            return LocalDate.parse(s.trim());
        } catch (RuntimeException e) {
            throw new FieldProblem("reportedOn", "Enter the date of the report as a real date");
        }
    }

    /** A value in the form that cannot be read at all. */
    static class FieldProblem extends RuntimeException {
        final String field;

        FieldProblem(String field, String message) {
            super(message);
            this.field = field;
        }
    }
}
