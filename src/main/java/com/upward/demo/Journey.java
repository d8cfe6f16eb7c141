package com.upward.demo;

import com.upward.demo.DemoModel.Enrollment;
import com.upward.demo.DemoModel.Pair;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One mentee's way through a cohort: goals and check-ins, planned in memory, then written. */
final class Journey {

    /** How a mentee engages; decides missed and late check-ins. */
    enum Profile {
        STEADY, PATCHY,
        /** Stops submitting after the third check-in: an at-risk pair. */
        DRIFTING,
        /** The "mentee" demo login: one late, one missed, a help request, a draft for the coming period. */
        SHOWCASE,
        /** Raised an urgent help request in the last check-in that the mentor has not acknowledged yet. */
        URGENT
    }

    final Enrollment mentee;
    final List<Pair> pairs;
    final Profile profile;
    final List<Goal> goals = new ArrayList<>();
    final List<CheckIn> checkIns = new ArrayList<>();

    Journey(Enrollment mentee, List<Pair> pairs, Profile profile) {
        this.mentee = mentee;
        this.pairs = pairs;
        this.profile = profile;
    }

    /** The pair in charge on {@code day} (the last one if none covers it). */
    Pair pairOn(LocalDate day) {
        return pairs.stream().filter(p -> p.coversDay(day)).findFirst().orElse(pairs.getLast());
    }

    boolean cohortCompleted() {
        return "COMPLETED".equals(mentee.cohort.status);
    }

    List<CheckIn> submitted() {
        return checkIns.stream().filter(CheckIn::isSubmitted).toList();
    }

    static final class Goal {
        long id;
        String type;
        DemoGoalTemplates.Template template;
        String whyItMatters;
        LocalDate targetDate;
        Instant createdAt;
        /** Planned end state; the written status is the one of the last goal update. */
        String plannedStatus;
        int plannedProgress;
        /** Index in the submitted check-ins of the first update, and of the closing one (null: still open). */
        int firstIndex;
        Integer closeIndex;
        Goal replacedBy;
        String status = "NOT_STARTED";
        int progress;
        /** The progress is the share of milestones done: no check-in moved it. */
        boolean followsMilestones;
        Instant updatedAt;
        final List<LocalDate> milestonesDone = new ArrayList<>();
        int milestoneCount;

        boolean openAt(int index) {
            return firstIndex <= index && (closeIndex == null || closeIndex >= index);
        }

        /** Whether the check-in at {@code index} (among the submitted ones) closes this goal. */
        boolean closesAt(int index) {
            return closeIndex != null && closeIndex == index;
        }
    }

    record GoalUpdate(Goal goal, int progress, String status, boolean setback) {
    }

    static final class CheckIn {
        long id;
        int period;
        LocalDate startsOn;
        LocalDate dueOn;
        String status;
        boolean late;
        boolean forceSetback;
        String forcedHelp;
        boolean noReview;
        Instant submittedAt;
        Instant reviewedAt;
        Instant draftedAt;
        Pair pair;
        Boolean meetingHeld;
        LocalDate meetingOn;
        Integer meetingMinutes;
        String wins;
        String setbacks;
        String lessons;
        String nextSteps;
        String supportNeeded;
        boolean helpRequested;
        String helpUrgency;
        Instant helpAcknowledgedAt;
        Integer confidence;
        String privateNotes;
        String feedback;
        final List<GoalUpdate> updates = new ArrayList<>();

        boolean isSubmitted() {
            return "SUBMITTED".equals(status) || "REVIEWED".equals(status);
        }
    }
}
