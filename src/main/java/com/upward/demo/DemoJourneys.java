package com.upward.demo;

import com.upward.demo.DemoModel.Cast;
import com.upward.demo.DemoModel.CohortInfo;
import com.upward.demo.DemoModel.Enrollment;
import com.upward.demo.DemoModel.Pair;
import com.upward.demo.Journey.CheckIn;
import com.upward.demo.Journey.Goal;
import com.upward.demo.Journey.GoalUpdate;
import com.upward.demo.Journey.Profile;

import java.time.Instant;
import java.time.ZoneOffset;
import com.upward.goals.GoalStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Goals, milestones, check-ins, goal updates, revisions and mentor feedback for every mentee of cohorts A and B. */
final class DemoJourneys {

    final List<Journey> journeys = new ArrayList<>();

    private final JdbcInserter db;
    private final Random random;
    private final DemoTime time;
    private final DemoTexts texts;
    private final JourneyPlanner planner;

    DemoJourneys(JdbcInserter db, Random random, DemoTime time, DemoTexts texts) {
        this.db = db;
        this.random = random;
        this.time = time;
        this.texts = texts;
        this.planner = new JourneyPlanner(random, time, texts);
    }

    void create(DemoPrograms programs, Cast cast) {
        List<Enrollment> menteesB = programs.participants(programs.b, "MENTEE");
        List<Enrollment> ordinary = menteesB.stream()
                .filter(e -> !DemoDirectory.isCast(cast, e.person) && e != programs.urgentMentee
                        && e != programs.drifter)
                .toList();
        Enrollment secondDrifter = ordinary.get(random.nextInt(ordinary.size()));
        for (CohortInfo cohort : List.of(programs.a, programs.b)) {
            for (Enrollment mentee : programs.participants(cohort, "MENTEE")) {
                Profile profile = cohort != programs.b ? everyday()
                        : mentee.person == cast.mentee() ? Profile.SHOWCASE
                        : mentee == programs.urgentMentee ? Profile.URGENT
                        : mentee == programs.drifter || mentee == secondDrifter ? Profile.DRIFTING
                        : everyday();
                Journey journey = planner.plan(mentee, programs.pairsOf(mentee), profile);
                write(journey);
                journeys.add(journey);
            }
        }
    }

    Journey of(Enrollment mentee) {
        return journeys.stream().filter(j -> j.mentee == mentee).findFirst().orElseThrow();
    }

    private Profile everyday() {
        return random.nextInt(100) < 72 ? Profile.STEADY : Profile.PATCHY;
    }

    // --- writing --------------------------------------------------------------------------------------------------

    private void write(Journey j) {
        for (Goal goal : j.goals) {
            insertGoal(j, goal);
        }
        for (Goal goal : j.goals) {
            if (goal.replacedBy != null) {
                db.update("UPDATE goal SET replaced_by_goal_id = ? WHERE id = ?", goal.replacedBy.id, goal.id);
            }
        }
        List<JdbcInserter.Row> updates = new ArrayList<>();
        List<JdbcInserter.Row> revisions = new ArrayList<>();
        List<JdbcInserter.Row> feedback = new ArrayList<>();
        for (CheckIn c : j.checkIns) {
            insertCheckIn(j, c);
            for (GoalUpdate u : c.updates) {
                updates.add(JdbcInserter.row().set("check_in_id", c.id).set("goal_id", u.goal().id)
                        .set("progress", u.progress()).set("status", u.status()).set("setback", u.setback()));
            }
            if (c.isSubmitted()) {
                revisions.add(JdbcInserter.row().set("check_in_id", c.id).set("revision", 1)
                        .set("submitted_at", c.submittedAt).set("content", snapshot(c)));
            }
            if (c.reviewedAt != null) {
                feedback.add(JdbcInserter.row().set("check_in_id", c.id).set("author_id", c.pair.mentor.person.id)
                        .set("body", c.feedback).set("help_acknowledged", c.helpAcknowledgedAt != null)
                        .audited(c.reviewedAt, c.reviewedAt));
            }
        }
        db.batch("check_in_goal_update", updates);
        db.batch("check_in_revision", revisions);
        db.batch("mentor_feedback", feedback);
    }

    /** goals.Goal's rule, applied as the demo inserts rows: a progress no check-in moved follows the milestones. */
    private static void followMilestonesUnlessMoved(Goal goal) {
        if (goal.progress > 0 || goal.milestoneCount == 0
                || !com.upward.goals.Goal.FOLLOWS_MILESTONES.contains(GoalStatus.valueOf(goal.status))) {
            return;
        }
        goal.followsMilestones = true;
        goal.progress = com.upward.goals.Goal.shareDone(goal.milestonesDone.size(), goal.milestoneCount);
        goal.status = com.upward.goals.Goal.statusAt(GoalStatus.valueOf(goal.status), goal.progress).name();
    }

    private void insertGoal(Journey j, Goal goal) {
        followMilestonesUnlessMoved(goal);
        goal.id = db.insert("goal", JdbcInserter.row()
                .set("enrollment_id", j.mentee.id).set("goal_type", goal.type)
                .set("title", goal.template.title()).set("why_it_matters", goal.whyItMatters)
                .set("success_criteria", goal.template.successCriteria()).set("target_date", goal.targetDate)
                .set("status", goal.status).set("progress", goal.progress)
                .set("progress_by_hand", goal.progress > 0 && !goal.followsMilestones)
                .audited(goal.createdAt, goal.updatedAt));
        List<JdbcInserter.Row> milestones = new ArrayList<>();
        for (int m = 0; m < goal.milestoneCount; m++) {
            boolean done = m < goal.milestonesDone.size();
            milestones.add(JdbcInserter.row().set("version", 0L).set("goal_id", goal.id)
                    .set("title", goal.template.milestones().get(m)).set("position", m + 1)
                    .set("done", done).set("done_on", done ? goal.milestonesDone.get(m) : null));
        }
        db.batch("milestone", milestones);
        if (random.nextInt(100) < 25) {
            Pair pair = j.pairOn(goal.createdAt.atZone(ZoneOffset.UTC).toLocalDate());
            Instant at = time.notAfterNow(goal.createdAt.plusSeconds(86_400L * (3 + random.nextInt(8))));
            db.insert("goal_comment", JdbcInserter.row().set("goal_id", goal.id)
                    .set("author_id", pair.mentor.person.id).set("body", texts.goalComment()).set("created_at", at));
        }
    }

    private void insertCheckIn(Journey j, CheckIn c) {
        Instant created = time.at(c.startsOn, 6, 0, ZoneOffset.UTC);
        Instant updated = c.reviewedAt != null ? c.reviewedAt
                : c.submittedAt != null ? c.submittedAt
                : c.draftedAt != null ? c.draftedAt : created;
        c.id = db.insert("check_in", JdbcInserter.row()
                .set("enrollment_id", j.mentee.id).set("assignment_id", c.pair.id)
                .set("period_number", c.period).set("period_starts_on", c.startsOn).set("due_on", c.dueOn)
                .set("status", c.status).set("submitted_at", c.submittedAt).set("reviewed_at", c.reviewedAt)
                .set("meeting_held", c.meetingHeld).set("meeting_on", c.meetingOn)
                .set("meeting_minutes", c.meetingMinutes)
                .set("wins", c.wins).set("setbacks", c.setbacks).set("lessons", c.lessons)
                .set("next_steps", c.nextSteps).set("support_needed", c.supportNeeded)
                .set("help_requested", c.helpRequested).set("help_urgency", c.helpUrgency)
                .set("help_acknowledged_at", c.helpAcknowledgedAt).set("confidence", c.confidence)
                .set("private_notes", c.privateNotes)
                .audited(created, updated));
    }

    /** The submitted text as a JSON snapshot; private notes stay out of it. */
    private static String snapshot(CheckIn c) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("meetingHeld", c.meetingHeld);
        fields.put("meetingOn", c.meetingOn);
        fields.put("meetingMinutes", c.meetingMinutes);
        fields.put("wins", c.wins);
        fields.put("setbacks", c.setbacks);
        fields.put("lessons", c.lessons);
        fields.put("nextSteps", c.nextSteps);
        fields.put("supportNeeded", c.supportNeeded);
        fields.put("helpRequested", c.helpRequested);
        fields.put("helpUrgency", c.helpUrgency);
        fields.put("confidence", c.confidence);
        return Json.write(fields);
    }
}
