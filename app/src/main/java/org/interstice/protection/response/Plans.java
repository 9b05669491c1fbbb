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
import org.interstice.protection.config.ReferenceCodes;
import org.interstice.protection.timeline.ClockKind;
import org.interstice.protection.timeline.Clocks;
import org.interstice.protection.timeline.CurrentDeadlines;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Plans for a child (child in need, child protection with a category, exploitation safety) and their actions. */
@Component("protectionPlans")
public class Plans {

    public record Plan(UUID id, UUID subjectId, PlanType planType, String initialCategory, String latestCategory,
                       LocalDate latestCategorySince, LocalDate startedOn, LocalDate endedOn, String endReason,
                       String closureReason, UUID ownerTeamId, String createdBy, int version) {

        public boolean active() {
            return endedOn == null;
        }
    }

    public record Action(UUID id, UUID planId, String description, String ownerName, UUID ownerAgencyId,
                         LocalDate dueOn, LocalDate doneOn, int version) {

        public boolean overdueOn(LocalDate today) {
            return doneOn == null && today.isAfter(dueOn);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Audit audit;
    private final ProtectionChildren children;
    private final Clocks clocks;
    private final CurrentDeadlines deadlines;
    private final ReferenceCodes codes;
    private final AlarmWatch alarms;
    private final Sightings sightings;

    Plans(JdbcClient jdbc, Clock clock, Audit audit, ProtectionChildren children, Clocks clocks,
          CurrentDeadlines deadlines, ReferenceCodes codes, AlarmWatch alarms, Sightings sightings) {
        this.sightings = sightings;
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.children = children;
        this.clocks = clocks;
        this.deadlines = deadlines;
        this.codes = codes;
        this.alarms = alarms;
    }

    /**
     * Starts a plan. A child protection plan needs a CIN census category of abuse and starts the first core group
     * clock (10 working days from the conference that made it), the first review conference clock (3 months from
     * it) and the visit clock.
     */
    @Transactional
    public UUID start(UUID subjectId, PlanType type, String category, LocalDate startedOn, Viewer viewer) {
        var child = children.state(subjectId).orElseThrow(() -> new Refusal(null, "There is no such child"));
        if (type == null) {
            throw new Refusal("planType", "Choose the type of plan");
        }
        if (startedOn == null || startedOn.isAfter(LocalDate.now(clock))) {
            throw new Refusal("startedOn", "Start date must be today or in the past");
        }
        String cpCategory = null;
        if (type == PlanType.CHILD_PROTECTION) {
            if (!codes.exists("CP_CATEGORY", category)) {
                throw new Refusal("category", "Choose the category of abuse for a child protection plan");
            }
            cpCategory = category;
        }
        boolean alreadyActive = jdbc.sql("SELECT count(*) FROM protection_plan WHERE subject_id = :id AND plan_type = :type AND ended_on IS NULL")
                .param("id", subjectId).param("type", type.name()).query(Long.class).single() > 0;
        if (alreadyActive) {
            throw new Refusal("planType", "The child already has an active " + type.label().toLowerCase());
        }
        UUID team = child.responsibleTeamId() != null ? child.responsibleTeamId() : viewer.teamId();
        children.assignTeamIfNone(subjectId, team);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO protection_plan (id, subject_id, plan_type, initial_category, latest_category,
                                             latest_category_since, started_on, owner_team_id, created_by)
                VALUES (:id, :subject, :type, :category, :category, :since, :started, :team, :by)""")
                .param("id", id).param("subject", subjectId).param("type", type.name()).param("category", cpCategory)
                .param("since", cpCategory == null ? null : startedOn).param("started", startedOn).param("team", team).param("by", viewer.displayName()).update();
        if (type == PlanType.CHILD_PROTECTION) {
            clocks.complete(subjectId, ClockKind.ICPC, startedOn);
            clocks.start(subjectId, deadlines.get().coreGroup(startedOn), team, null, id);
            clocks.start(subjectId, deadlines.get().firstReview(startedOn), team, null, id);
        }
        if (!clocks.hasOpen(subjectId, ClockKind.VISIT)) {
            LocalDate lastVisit = sightings.lastStatutoryVisit(subjectId).orElse(null);
            LocalDate from = lastVisit != null && lastVisit.isAfter(startedOn) ? lastVisit : startedOn;
            clocks.start(subjectId, deadlines.get().visit(from), team, null, id);
        }
        audit.change(viewer, "protection.plan.started", "protection-plan", id);
        alarms.reevaluate(subjectId);
        return id;
    }

    /**
     * Ends an active plan. When no other plan stays active the child's case closes, and a CIN census reason for
     * closure (RC1 to RC9) is required; otherwise the practitioner's reason is. Review, core group and visit clocks
     * stop with the plans they belong to.
     */
    @Transactional
    public void end(UUID planId, LocalDate endedOn, String closureReason, String reason, int expectedVersion,
                    Viewer viewer) {
        Plan plan = byId(planId).orElseThrow(() -> new Refusal(null, "There is no such plan"));
        if (!plan.active()) {
            throw new Refusal(null, "This plan has already ended");
        }
        boolean closesCase = active(plan.subjectId()).stream().allMatch(p -> p.id().equals(planId));
        String code = closureReason == null || closureReason.isBlank() ? null : closureReason.strip();
        if (code != null && !codes.exists("CLOSURE_REASON", code)) {
            throw new Refusal("closureReason", "Choose a reason for closure from the list");
        }
        if (closesCase && code == null) {
            throw new Refusal("closureReason", "This is the child's last active plan: choose the reason the case closes");
        }
        if (code == null && (reason == null || reason.isBlank())) {
            throw new Refusal("endReason", "Give the reason for ending the plan");
        }
        if (endedOn == null || endedOn.isBefore(plan.startedOn()) || endedOn.isAfter(LocalDate.now(clock))) {
            throw new Refusal("endedOn", "End date must be between the start date and today");
        }
        String words = reason == null || reason.isBlank() ? codes.label("CLOSURE_REASON", code) : reason.strip();
        int updated = jdbc.sql("""
                UPDATE protection_plan SET ended_on = :on, end_reason = :reason, closure_reason = :code,
                       version = version + 1
                WHERE id = :id AND version = :version AND ended_on IS NULL""")
                .param("on", endedOn).param("reason", words).param("code", code).param("id", planId)
                .param("version", expectedVersion).update();
        if (updated != 1) {
            throw new Refusal(null, "Someone else changed this plan; reload the page and try again");
        }
        if (plan.planType() == PlanType.CHILD_PROTECTION) {
            clocks.cancel(plan.subjectId(), ClockKind.CORE_GROUP, endedOn);
            clocks.cancel(plan.subjectId(), ClockKind.FIRST_REVIEW, endedOn);
            clocks.cancel(plan.subjectId(), ClockKind.LATER_REVIEW, endedOn);
        }
        if (active(plan.subjectId()).isEmpty()) {
            clocks.cancel(plan.subjectId(), ClockKind.VISIT, endedOn);
        }
        audit.change(viewer, "protection.plan.ended", "protection-plan", planId);
        alarms.reevaluate(plan.subjectId());
    }

    /**
     * Changes an active child protection plan's latest category of abuse (for example at a review conference), from
     * a date; the initial category stays as the plan started (CIN census: initial and latest category).
     */
    @Transactional
    public void changeCategory(UUID planId, String category, LocalDate from, int expectedVersion, Viewer viewer) {
        Plan plan = byId(planId).filter(Plan::active)
                .orElseThrow(() -> new Refusal(null, "There is no such active plan"));
        if (plan.planType() != PlanType.CHILD_PROTECTION) {
            throw new Refusal("category", "Only a child protection plan has a category of abuse");
        }
        if (!codes.exists("CP_CATEGORY", category)) {
            throw new Refusal("category", "Choose the category of abuse");
        }
        if (category.equals(plan.latestCategory())) {
            throw new Refusal("category", "The plan is already under " + codes.label("CP_CATEGORY", category).toLowerCase());
        }
        if (from == null || from.isBefore(plan.latestCategorySince()) || from.isAfter(LocalDate.now(clock))) {
            throw new Refusal("from", "Date must be between the last change of category and today");
        }
        int updated = jdbc.sql("""
                UPDATE protection_plan SET latest_category = :category, latest_category_since = :from,
                       version = version + 1
                WHERE id = :id AND version = :version AND ended_on IS NULL""")
                .param("category", category).param("from", from).param("id", planId)
                .param("version", expectedVersion).update();
        if (updated != 1) {
            throw new Refusal(null, "Someone else changed this plan; reload the page and try again");
        }
        audit.change(viewer, "protection.plan.category-changed", "protection-plan", planId);
        alarms.reevaluate(plan.subjectId());
    }

    @Transactional
    public UUID addAction(UUID planId, String description, String ownerName, UUID ownerAgencyId, LocalDate dueOn,
                          Viewer viewer) {
        Plan plan = byId(planId).filter(Plan::active).orElseThrow(() -> new Refusal(null, "There is no such active plan"));
        if (description == null || description.isBlank()) {
            throw new Refusal("description", "Describe the action");
        }
        if (ownerName == null || ownerName.isBlank()) {
            throw new Refusal("ownerName", "Name the person who owns the action");
        }
        if (ownerAgencyId == null) {
            throw new Refusal("ownerAgencyId", "Choose the owner's agency");
        }
        if (dueOn == null) {
            throw new Refusal("dueOn", "Enter the date the action is due");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO plan_action (id, plan_id, description, owner_name, owner_agency_id, due_on)
                VALUES (:id, :plan, :description, :owner, :agency, :due)""")
                .param("id", id).param("plan", planId).param("description", description.strip())
                .param("owner", ownerName.strip()).param("agency", ownerAgencyId).param("due", dueOn).update();
        audit.change(viewer, "protection.plan-action.added", "protection-plan", plan.id());
        return id;
    }

    @Transactional
    public void completeAction(UUID actionId, Viewer viewer) {
        int updated = jdbc.sql("UPDATE plan_action SET done_on = :on, version = version + 1 WHERE id = :id AND done_on IS NULL")
                .param("on", LocalDate.now(clock)).param("id", actionId).update();
        if (updated != 1) {
            throw new Refusal(null, "This action is already done");
        }
        audit.change(viewer, "protection.plan-action.done", "plan-action", actionId);
    }

    public Optional<Plan> byId(UUID id) {
        return jdbc.sql("SELECT * FROM protection_plan WHERE id = :id").param("id", id).query(Plan.class).optional();
    }

    public List<Plan> active(UUID subjectId) {
        return jdbc.sql("SELECT * FROM protection_plan WHERE subject_id = :id AND ended_on IS NULL ORDER BY started_on")
                .param("id", subjectId).query(Plan.class).list();
    }

    public List<Plan> forChild(UUID subjectId) {
        return jdbc.sql("SELECT * FROM protection_plan WHERE subject_id = :id ORDER BY ended_on NULLS FIRST, started_on DESC")
                .param("id", subjectId).query(Plan.class).list();
    }

    public List<Action> actions(UUID planId) {
        return jdbc.sql("SELECT * FROM plan_action WHERE plan_id = :id ORDER BY due_on, description")
                .param("id", planId).query(Action.class).list();
    }
}
