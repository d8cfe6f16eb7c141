package com.upward.checkin.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.upward.checkin.CheckInRules;
import com.upward.checkin.CheckInRules.State;
import com.upward.checkin.HelpUrgency;
import com.upward.goals.GoalStatus;
import com.upward.goals.GoalType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the check-in services hand out and take: plain records. */
public final class CheckInModels {

    private CheckInModels() {
    }

    /** One line of the mentee's "My check-ins". */
    public record CheckInRow(long id, String cohortName, int period, LocalDate periodStartsOn, LocalDate dueOn,
                             State state, Instant submittedAt, boolean editable) {
    }

    /** Progress and status of one goal in a check-in; {@code setback} tags the period's setback to it. */
    public record GoalProgress(long goalId, int progress, GoalStatus status, boolean setback) {
    }

    /**
     * Everything the mentee writes in a check-in. Drafts may leave anything empty. A submission keeps it as JSON in
     * this order (the revision's snapshot), where {@code urgency} has always been called {@code helpUrgency}.
     */
    public record CheckInInput(Boolean meetingHeld, LocalDate meetingOn, Integer meetingMinutes,
                               List<GoalProgress> goals, String wins, String setbacks, String lessons,
                               String nextSteps, String supportNeeded, boolean helpRequested,
                               @JsonProperty("helpUrgency") HelpUrgency urgency, Integer confidence,
                               String privateNotes) {
    }

    /** A goal as the form shows it: its title and type next to the values of this check-in. */
    public record GoalLine(long goalId, String title, GoalType type, int progress, GoalStatus status,
                           boolean setback) {
    }

    /** A check-in for its author: the form's content, the goals to update, and the mentor's feedback. */
    public record CheckInDetail(long id, long version, String cohortName, int period, LocalDate periodStartsOn,
                                LocalDate dueOn, State state, boolean editable, CheckInInput content,
                                List<GoalLine> goals, String feedback, String feedbackBy, Instant reviewedAt,
                                int revisions) {
    }

    /** What submitting said: late or on time, and whether a setback has no lesson yet (a nudge, not a refusal). */
    public record Submitted(boolean late, boolean setbackWithoutLesson, int revision) {
    }
}
