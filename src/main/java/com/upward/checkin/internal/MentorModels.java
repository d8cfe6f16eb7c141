package com.upward.checkin.internal;

import com.upward.checkin.CheckInRules;
import com.upward.checkin.CheckInRules.State;
import com.upward.checkin.HelpUrgency;
import com.upward.checkin.internal.CheckInModels.GoalLine;
import com.upward.goals.GoalStatus;
import com.upward.goals.GoalType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What a mentor sees of their mentees: never a private note. */
public final class MentorModels {

    private MentorModels() {
    }

    /** A mentee of a running pair, with their goals and check-ins at a glance. */
    public record MenteeOverview(long enrollmentId, String name, String email, String cohortName,
                                 List<MenteeGoal> goals, List<CheckInLine> checkIns) {
    }

    /** A goal with its progress as reported in each submitted check-in, oldest first: the trend. */
    public record MenteeGoal(long goalId, String title, GoalType type, int progress, GoalStatus status,
                             List<Integer> trend) {
    }

    public record CheckInLine(long id, int period, LocalDate dueOn, State state, boolean helpRequested,
                              boolean helpAcknowledged) {
    }

    /** A submitted check-in as the mentor reads it: the text, not the private notes. */
    public record MentorCheckIn(long id, long version, String menteeName, String cohortName, int period,
                                LocalDate dueOn, State state, Boolean meetingHeld, LocalDate meetingOn,
                                Integer meetingMinutes, List<GoalLine> goals, String wins, String setbacks,
                                String lessons, String nextSteps, String supportNeeded, boolean helpRequested,
                                HelpUrgency urgency, Instant helpAcknowledgedAt, Integer confidence,
                                String feedback) {
    }
}
