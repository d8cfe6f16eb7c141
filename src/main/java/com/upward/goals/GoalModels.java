package com.upward.goals;

import com.upward.base.Texts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What {@link GoalService} hands out and takes: plain records. */
public final class GoalModels {

    public static final int TEXT_LIMIT = Texts.LIMIT;
    public static final int TITLE_LIMIT = 200;

    private GoalModels() {
    }

    /** A mentee enrollment the signed-in employee can keep goals in. */
    public record GoalEnrollment(long enrollmentId, String cohortName, String programName, String cohortStatus,
                                 LocalDate startsOn, LocalDate endsOn, boolean editable, String mentorName) {
    }

    /** What the goal form edits. */
    public record GoalForm(GoalType type, String title, String whyItMatters, String successCriteria,
                           LocalDate targetDate) {
    }

    /** A goal with its milestones, as the mentee and their current mentor see it. */
    public record GoalCard(long id, long version, GoalType type, String title, String whyItMatters,
                           String successCriteria, LocalDate targetDate, GoalStatus status, int progress,
                           boolean progressByHand, Long replacedById, String replacedByTitle,
                           List<MilestoneItem> milestones, long comments) {

        public long milestonesDone() {
            return milestones.stream().filter(MilestoneItem::done).count();
        }
    }

    public record MilestoneItem(long id, String title, int position, boolean done, LocalDate doneOn) {
    }

    public record CommentItem(long id, String author, String body, Instant createdAt) {
    }
}
