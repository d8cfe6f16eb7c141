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
import java.util.List;

/** A mentee's goal in one enrollment, broken into milestones. */
@Entity
@Table(name = "goal")
public class Goal extends VersionedEntity {

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
    /** 0–100. */
    private int progress;
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
        return milestone;
    }

    public void removeMilestone(Milestone milestone) {
        milestones.remove(milestone);
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
    public Goal getReplacedByGoal() { return replacedByGoal; }
    public void setReplacedByGoal(Goal replacedByGoal) { this.replacedByGoal = replacedByGoal; }
    public List<Milestone> getMilestones() { return milestones; }
}
