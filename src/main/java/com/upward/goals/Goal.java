package com.upward.goals;

import com.upward.base.VersionedEntity;
import com.upward.program.Enrollment;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A mentee's goal in one enrollment, broken into milestones. */
@Entity
@Table(name = "goal")
public class Goal extends VersionedEntity {

    /** The open statuses, in which the progress follows the milestones (a closed goal keeps its own). */
    public static final Set<GoalStatus> FOLLOWS_MILESTONES = EnumSet.of(GoalStatus.NOT_STARTED,
            GoalStatus.IN_PROGRESS, GoalStatus.AT_RISK);

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrollment_id", nullable = false)
    private Enrollment enrollment;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private GoalType goalType;
    @Column(nullable = false, length = 200)
    private String title;
    private String whyItMatters;
    private String successCriteria;
    private LocalDate targetDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private GoalStatus status = GoalStatus.NOT_STARTED;
    /** 0–100: the share of milestones done, unless {@link #progressByHand}. */
    private int progress;
    /** The mentee set the progress themselves (in a check-in): it no longer follows the milestones. */
    private boolean progressByHand;
    /** Set when this goal was PIVOTED: the goal that replaced it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "replaced_by_goal_id")
    private Goal replacedByGoal;

    @OneToMany(mappedBy = "goal", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Milestone> milestones = new ArrayList<>();

    protected Goal() {
    }

    public Goal(Enrollment enrollment, GoalType goalType, String title) {
        this.enrollment = enrollment;
        this.goalType = goalType;
        this.title = title;
    }

    /** Appends a milestone at the end of the list. */
    public Milestone addMilestone(String title) {
        int position = milestones.stream().mapToInt(Milestone::getPosition).max().orElse(-1) + 1;
        Milestone milestone = new Milestone(this, title, position);
        milestones.add(milestone);
        followMilestonesIfAsked();
        return milestone;
    }

    public void removeMilestone(Milestone milestone) {
        milestones.remove(milestone);
        followMilestonesIfAsked();
    }

    public void tickMilestone(Milestone milestone, boolean done, LocalDate today) {
        milestone.setDone(done);
        milestone.setDoneOn(done ? today : null);
        followMilestonesIfAsked();
    }

    /** The mentee moved the progress themselves: from now on it stays where they put it. */
    public void setProgressByHand(int progress) {
        this.progress = progress;
        this.progressByHand = true;
        startIfMoved();
    }

    /** Back to the share of milestones done (issue 24). */
    public void followMilestones() {
        progressByHand = false;
        followMilestonesIfAsked();
    }

    /**
     * While the goal is open and not set by hand, its progress is the share of its milestones done, and a goal
     * "not started" with some of them done is in progress. A closed goal (achieved, pivoted, dropped) keeps its own.
     */
    private void followMilestonesIfAsked() {
        if (progressByHand || !FOLLOWS_MILESTONES.contains(status) || milestones.isEmpty()) {
            return;
        }
        progress = shareDone(milestones.stream().filter(Milestone::isDone).count(), milestones.size());
        startIfMoved();
    }

    private void startIfMoved() {
        status = statusAt(status, progress);
    }

    /** The progress of {@code done} milestones of {@code total}, in percent. */
    public static int shareDone(long done, int total) {
        return Math.round(100f * done / total);
    }

    /** A goal "not started" whose progress moved is in progress. */
    public static GoalStatus statusAt(GoalStatus status, int progress) {
        return status == GoalStatus.NOT_STARTED && progress > 0 ? GoalStatus.IN_PROGRESS : status;
    }

    public Enrollment getEnrollment() { return enrollment; }
    public GoalType getGoalType() { return goalType; }
    public void setGoalType(GoalType goalType) { this.goalType = goalType; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getWhyItMatters() { return whyItMatters; }
    public void setWhyItMatters(String whyItMatters) { this.whyItMatters = whyItMatters; }
    public String getSuccessCriteria() { return successCriteria; }
    public void setSuccessCriteria(String successCriteria) { this.successCriteria = successCriteria; }
    public LocalDate getTargetDate() { return targetDate; }
    public void setTargetDate(LocalDate targetDate) { this.targetDate = targetDate; }
    public GoalStatus getStatus() { return status; }
    public void setStatus(GoalStatus status) { this.status = status; }
    public int getProgress() { return progress; }
    public void setProgress(int progress) { this.progress = progress; }
    public boolean isProgressByHand() { return progressByHand; }
    public Goal getReplacedByGoal() { return replacedByGoal; }
    public void setReplacedByGoal(Goal replacedByGoal) { this.replacedByGoal = replacedByGoal; }
    public List<Milestone> getMilestones() { return milestones; }
}
