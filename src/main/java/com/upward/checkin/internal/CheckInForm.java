package com.upward.checkin.internal;

import com.upward.base.BusinessRuleException;
import com.upward.base.Texts;
import com.upward.checkin.HelpUrgency;
import com.upward.checkin.internal.CheckInModels.CheckInInput;
import com.upward.checkin.internal.CheckInModels.GoalProgress;
import com.upward.goals.Goal;
import com.upward.goals.GoalStatus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks what the mentee wrote and puts it on the check-in; each refusal names its field. */
final class CheckInForm {

    static final int MAX_MEETING_MINUTES = 600;

    private CheckInForm() {
    }

    /**
     * The form's fields as the check-in holds them, with the given goal lines: what the form shows and what a
     * submission keeps as its snapshot. With {@link #apply} the one place that lists the fields.
     */
    static CheckInInput content(CheckIn ci, List<GoalProgress> goals) {
        return new CheckInInput(ci.getMeetingHeld(), ci.getMeetingOn(), ci.getMeetingMinutes(), goals, ci.getWins(),
                ci.getSetbacks(), ci.getLessons(), ci.getNextSteps(), ci.getSupportNeeded(), ci.isHelpRequested(),
                ci.getHelpUrgency(), ci.getConfidence(), ci.getPrivateNotes());
    }

    /** Drafts may be incomplete; a submission needs the confidence, and a meeting held needs its date. */
    static void apply(CheckIn ci, CheckInInput in, List<Goal> goals, boolean submitting) {
        boolean held = Boolean.TRUE.equals(in.meetingHeld());
        if (held && submitting && in.meetingOn() == null) {
            throw new BusinessRuleException("meetingOn", "checkin.rule.meeting-date-missing");
        }
        if (held && in.meetingOn() != null && in.meetingOn().isBefore(ci.getPeriodStartsOn().minusDays(31))) {
            throw new BusinessRuleException("meetingOn", "checkin.rule.meeting-date-too-early");
        }
        if (in.meetingMinutes() != null && (in.meetingMinutes() < 1 || in.meetingMinutes() > MAX_MEETING_MINUTES)) {
            throw new BusinessRuleException("meetingMinutes", "checkin.rule.meeting-minutes", MAX_MEETING_MINUTES);
        }
        if (in.confidence() != null && (in.confidence() < 1 || in.confidence() > 5)) {
            throw new BusinessRuleException("confidence", "checkin.rule.confidence-range");
        }
        if (submitting && in.confidence() == null) {
            throw new BusinessRuleException("confidence", "checkin.rule.confidence-missing");
        }
        String support = Texts.checked(in.supportNeeded(), "supportNeeded", false);
        if (in.helpRequested() && support == null) {
            throw new BusinessRuleException("supportNeeded", "checkin.rule.support-missing");
        }
        ci.setMeetingHeld(in.meetingHeld());
        ci.setMeetingOn(held ? in.meetingOn() : null);
        ci.setMeetingMinutes(held ? in.meetingMinutes() : null);
        ci.setWins(Texts.checked(in.wins(), "wins", false));
        ci.setSetbacks(Texts.checked(in.setbacks(), "setbacks", false));
        ci.setLessons(Texts.checked(in.lessons(), "lessons", false));
        ci.setNextSteps(Texts.checked(in.nextSteps(), "nextSteps", false));
        ci.setSupportNeeded(support);
        ci.setHelpRequested(in.helpRequested());
        ci.setHelpUrgency(in.helpRequested() ? (in.urgency() == null ? HelpUrgency.NORMAL : in.urgency()) : null);
        ci.setConfidence(in.confidence());
        ci.setPrivateNotes(Texts.checked(in.privateNotes(), "privateNotes", false));
        goals(ci, in.goals() == null ? List.of() : in.goals(), goals);
    }

    /** Replaces the check-in's goal lines with the given ones; every goal must be one of this enrollment's. */
    private static void goals(CheckIn ci, List<GoalProgress> given, List<Goal> goals) {
        Map<Long, Goal> byId = new HashMap<>();
        goals.forEach(g -> byId.put(g.getId(), g));
        Map<Long, CheckInGoalUpdate> existing = new HashMap<>();
        ci.getGoalUpdates().forEach(u -> existing.put(u.getGoal().getId(), u));
        for (GoalProgress p : given) {
            Goal goal = byId.get(p.goalId());
            if (goal == null) {
                throw new BusinessRuleException("goals", "checkin.rule.goal-not-yours");
            }
            if (p.progress() < 0 || p.progress() > 100) {
                throw new BusinessRuleException("goals", "checkin.rule.progress-range", goal.getTitle());
            }
            if (p.status() == null) {
                throw new BusinessRuleException("goals", "checkin.rule.goal-status-missing", goal.getTitle());
            }
            if (p.status() == GoalStatus.PIVOTED && goal.getStatus() != GoalStatus.PIVOTED) {
                throw new BusinessRuleException("goals", "checkin.rule.pivot-on-goals-page", goal.getTitle());
            }
            CheckInGoalUpdate update = existing.remove(p.goalId());
            if (update == null) {
                update = ci.addGoalUpdate(goal, p.progress(), p.status(), p.setback());
            } else {
                update.setProgress(p.progress());
                update.setStatus(p.status());
                update.setSetback(p.setback());
            }
            update.setProgressBefore(goal.getProgress());
        }
        existing.values().forEach(ci::removeGoalUpdate);
    }
}
