package org.interstice.protection.orphans;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.interstice.agency.Role;
import org.interstice.agency.Team;
import org.interstice.agency.UserSummary;
import org.interstice.agency.Users;
import org.interstice.agency.Viewer;
import org.interstice.handoff.Orphan;
import org.interstice.handoff.OrphanSource;
import org.interstice.handoff.ProcessSteps;
import org.interstice.protection.common.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Protection's open work that nobody can be held to, for the orphans page:
 * <ul>
 * <li>concerns: contacts awaiting a MASH decision, owned by the manager of the child's responsible team, or for a
 * child not yet allocated of the team holding the decision clock (the MASH);</li>
 * <li>"known but not protected" alarms, owned by the manager of the alarm's team;</li>
 * <li>actions of active plans, owned by the person named on the action in the named agency.</li>
 * </ul>
 * A team-owned item is an orphan when no team holds it, when the team's manager has been deactivated and no
 * active manager has taken over, or when the team has nobody active at all. A plan action names its owner as text, so it is an orphan when the only
 * accounts of that name in that agency are deactivated; a person named without an account cannot be checked.
 * MASH officers, panel chairs, partnership leads and partnership tokens see every item; team managers see items
 * held by their agency's teams or about children they may see. The child is named only to viewers who may see the
 * child's record.
 */
@Component("protectionOrphans")
class ProtectionOrphans implements OrphanSource {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String NOT_VISIBLE = "A child (you may not see this child's record)";

    private final JdbcClient jdbc;
    private final Users users;

    ProtectionOrphans(JdbcClient jdbc, Users users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    /** Who manages which team, from the accounts: teams without an active manager, and who their last one was. */
    private record Management(Set<UUID> unmanaged, Map<UUID, UserSummary> lastManager, Map<UUID, Team> teams,
                              Map<String, UserSummary> goneByAgencyAndName) {

        static Management of(Users users) {
            List<UserSummary> all = users.all();
            Set<UUID> managed = all.stream().filter(u -> u.active() && u.role() == Role.TEAM_MANAGER && u.teamId() != null)
                    .map(UserSummary::teamId).collect(Collectors.toSet());
            Set<UUID> staffed = all.stream().filter(u -> u.active() && u.teamId() != null)
                    .map(UserSummary::teamId).collect(Collectors.toSet());
            Map<UUID, Team> teams = users.teams().stream().collect(Collectors.toMap(Team::id, t -> t));
            Map<UUID, UserSummary> last = new HashMap<>();
            all.stream().filter(u -> !u.active() && u.role() == Role.TEAM_MANAGER && u.teamId() != null)
                    .forEach(u -> last.putIfAbsent(u.teamId(), u));
            // A team without an active manager holds its work collectively while it has active members, unless
            // the manager who owned that work has been deactivated.
            Set<UUID> unmanaged = new HashSet<>(teams.keySet());
            unmanaged.removeIf(team -> managed.contains(team) || (staffed.contains(team) && !last.containsKey(team)));
            Set<String> activeNames = all.stream().filter(UserSummary::active).map(Management::key).collect(Collectors.toSet());
            Map<String, UserSummary> gone = new HashMap<>();
            all.stream().filter(u -> !u.active() && !activeNames.contains(key(u))).forEach(u -> gone.putIfAbsent(key(u), u));
            return new Management(unmanaged, last, teams, gone);
        }

        static String key(UserSummary u) {
            return key(u.agencyId(), u.displayName());
        }

        static String key(UUID agencyId, String name) {
            return agencyId + "|" + name.strip().toLowerCase(Locale.UK);
        }

        UUID[] unmanagedArray() {
            return unmanaged.toArray(UUID[]::new);
        }

        String problem(UUID teamId) {
            if (teamId == null) {
                return "No owner: no team holds it";
            }
            String team = teams.containsKey(teamId) ? teams.get(teamId).name() : "its team";
            return lastManager.containsKey(teamId)
                    ? "Owner deactivated: " + team + " has no active manager"
                    : "No owner: " + team + " has no active members";
        }
    }

    private record Row(String kind, UUID id, UUID subjectId, String childName, boolean visible, UUID teamId,
                       String text, OffsetDateTime since, String ownerName, UUID ownerAgencyId) {
    }

    @Override
    public List<Orphan> orphans(Viewer viewer) {
        Scope scope = Scope.of(viewer);
        boolean all = scope.wide() || viewer.hasRole(Role.PARTNERSHIP_LEAD);
        if (!all && !viewer.hasRole(Role.TEAM_MANAGER)) {
            return List.of();
        }
        Management management = Management.of(users);
        List<Orphan> orphans = new ArrayList<>();
        for (Row row : teamOwned(scope, all, management)) {
            UserSummary last = row.teamId() == null ? null : management.lastManager().get(row.teamId());
            boolean contact = row.kind().equals("CONTACT");
            orphans.add(new Orphan(contact ? "Concern" : "Alarm",
                    contact ? "Contact awaiting a MASH decision: " + shorten(row.text())
                            : "Known but not protected alarm" + (row.visible() ? " (" + row.text() + ")" : ""),
                    contact ? "/protection/contacts/" + row.id() : "/protection/children/" + row.subjectId(),
                    row.visible() ? "Child: " + row.childName() : NOT_VISIBLE,
                    row.visible() ? "/protection/children/" + row.subjectId() : null,
                    last == null ? null : last.id(), last == null ? null : last.displayName(),
                    management.problem(row.teamId()), row.since().toInstant(),
                    contact ? ProcessSteps.REFERRAL_DECISION_MADE : ProcessSteps.PROTECTION_ALARM_REVIEWED, null));
        }
        if (!management.goneByAgencyAndName().isEmpty()) {
            for (Row row : planActions(scope, all, management)) {
                UserSummary gone = management.goneByAgencyAndName().get(Management.key(row.ownerAgencyId(), row.ownerName()));
                orphans.add(new Orphan("Plan action", shorten(row.text()), "/protection/children/" + row.subjectId(),
                        row.visible() ? "Child: " + row.childName() : NOT_VISIBLE,
                        row.visible() ? "/protection/children/" + row.subjectId() : null,
                        gone.id(), gone.displayName(), "Owner deactivated", row.since().toInstant(),
                        ProcessSteps.PLAN_ACTIONS_ALLOCATED, null));
            }
        }
        orphans.sort(Comparator.comparing(Orphan::since));
        return orphans;
    }

    /** Open contacts and open alarms held by no team, or by a team without an active manager. */
    private List<Row> teamOwned(Scope scope, boolean all, Management management) {
        return scope.bind(jdbc.sql("""
                        SELECT * FROM (
                            SELECT 'CONTACT' AS kind, k.id, k.subject_id, coalesce(c.identity_name, c.stated_name) AS child_name,
                                   """ + Scope.CHILD_VISIBLE + """
                                    AS visible,
                                   coalesce(c.responsible_team_id,
                                            (SELECT s.owner_team_id FROM statutory_clock s
                                             WHERE s.source_id = k.id AND s.kind = 'REFERRAL_DECISION'
                                             ORDER BY s.created_at DESC LIMIT 1)) AS team_id,
                                   k.concern AS text, k.received_at AS since
                            FROM protection_contact k JOIN protection_child c ON c.subject_id = k.subject_id
                            WHERE k.outcome IS NULL
                            UNION ALL
                            SELECT 'ALARM', a.id, a.subject_id, coalesce(c.identity_name, c.stated_name),
                                   """ + Scope.CHILD_VISIBLE + """
                                   , a.owner_team_id,
                                   (SELECT string_agg(lower(replace(r, '_', ' ')), ', ') FROM unnest(a.reason_codes) r),
                                   a.raised_at
                            FROM protection_alarm a JOIN protection_child c ON c.subject_id = a.subject_id
                            WHERE a.ended_at IS NULL AND (a.owner_team_id IS NULL OR a.owner_team_id = ANY(:unmanaged))
                        ) x
                        WHERE (x.team_id IS NULL OR x.team_id = ANY(:unmanaged))
                          AND (:all OR x.visible OR x.team_id IN (SELECT t.id FROM team t WHERE t.agency_id = CAST(:agency AS uuid)))
                        ORDER BY x.since"""))
                .param("unmanaged", management.unmanagedArray()).param("all", all)
                .query((rs, n) -> new Row(rs.getString("kind"), rs.getObject("id", UUID.class),
                        rs.getObject("subject_id", UUID.class), rs.getString("child_name"), rs.getBoolean("visible"),
                        rs.getObject("team_id", UUID.class), rs.getString("text"),
                        rs.getObject("since", OffsetDateTime.class), null, null))
                .list();
    }

    /** Open actions of active plans whose named owner's only accounts in the owner's agency are deactivated. */
    private List<Row> planActions(Scope scope, boolean all, Management management) {
        return scope.bind(jdbc.sql("""
                        SELECT pa.id, p.subject_id, coalesce(c.identity_name, c.stated_name) AS child_name,
                               """ + Scope.CHILD_VISIBLE + """
                                AS visible, pa.description, p.started_on, pa.owner_name, pa.owner_agency_id
                        FROM plan_action pa
                        JOIN protection_plan p ON p.id = pa.plan_id
                        JOIN protection_child c ON c.subject_id = p.subject_id
                        WHERE pa.done_on IS NULL AND p.ended_on IS NULL
                          AND pa.owner_agency_id::text || '|' || lower(btrim(pa.owner_name)) = ANY(:gone)
                          AND (:all OR pa.owner_agency_id = CAST(:agency AS uuid) OR """ + Scope.CHILD_VISIBLE + """
                        )
                        ORDER BY p.started_on, pa.due_on"""))
                .param("gone", management.goneByAgencyAndName().keySet().toArray(String[]::new)).param("all", all)
                .query((rs, n) -> new Row("PLAN_ACTION", rs.getObject("id", UUID.class),
                        rs.getObject("subject_id", UUID.class), rs.getString("child_name"), rs.getBoolean("visible"),
                        null, rs.getString("description"),
                        rs.getObject("started_on", LocalDate.class).atStartOfDay(LONDON).toOffsetDateTime(),
                        rs.getString("owner_name"), rs.getObject("owner_agency_id", UUID.class)))
                .list();
    }

    private static String shorten(String text) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return t.length() <= 80 ? t : t.substring(0, 79) + "…";
    }
}
