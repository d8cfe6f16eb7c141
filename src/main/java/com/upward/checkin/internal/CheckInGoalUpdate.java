package com.upward.checkin.internal;

import com.upward.base.AbstractEntity;
import com.upward.goals.Goal;
import com.upward.goals.GoalStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One goal's progress and status as reported in a check-in. Created through {@link CheckIn#addGoalUpdate}. */
@Entity
@Table(name = "check_in_goal_update")
public class CheckInGoalUpdate extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "check_in_id", nullable = false)
    private CheckIn checkIn;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "goal_id", nullable = false)
    private Goal goal;
    /** 0–100. */
    private int progress;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private GoalStatus status;
    /** The check-in's setback text concerns this goal (an untagged setback counts for every goal updated). */
    private boolean setback;
    /** The goal's progress when this line was saved: a draft's line still equal to it was not moved by the mentee. */
    private Integer progressBefore;

    protected CheckInGoalUpdate() {
    }

    CheckInGoalUpdate(CheckIn checkIn, Goal goal, int progress, GoalStatus status) {
        this.checkIn = checkIn;
        this.goal = goal;
        this.progress = progress;
        this.status = status;
    }

    public CheckIn getCheckIn() { return checkIn; }
    public Goal getGoal() { return goal; }
    public int getProgress() { return progress; }
    public void setProgress(int progress) { this.progress = progress; }
    public GoalStatus getStatus() { return status; }
    public void setStatus(GoalStatus status) { this.status = status; }
    public boolean isSetback() { return setback; }
    public void setSetback(boolean setback) { this.setback = setback; }
    public Integer getProgressBefore() { return progressBefore; }
    public void setProgressBefore(Integer progressBefore) { this.progressBefore = progressBefore; }

    /** Whether the mentee left this line's progress as the goal had it when the line was saved. */
    public boolean progressUntouched() {
        return progressBefore != null && progressBefore == progress;
    }
}
