package com.upward.goals;

import com.upward.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;

/** A small step towards a goal. Created through {@link Goal#addMilestone(String)}. */
@Entity
@Table(name = "milestone")
public class Milestone extends AbstractEntity {

    @Version
    private long version;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "goal_id", nullable = false)
    private Goal goal;
    @Column(nullable = false, length = 200)
    private String title;
    private int position;
    private boolean done;
    private LocalDate doneOn;

    protected Milestone() {
    }

    Milestone(Goal goal, String title, int position) {
        this.goal = goal;
        this.title = title;
        this.position = position;
    }

    public long getVersion() { return version; }
    public Goal getGoal() { return goal; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
    public boolean isDone() { return done; }
    public void setDone(boolean done) { this.done = done; }
    public LocalDate getDoneOn() { return doneOn; }
    public void setDoneOn(LocalDate doneOn) { this.doneOn = doneOn; }
}
