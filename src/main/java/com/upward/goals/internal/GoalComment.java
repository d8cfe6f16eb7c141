package com.upward.goals.internal;

import com.upward.base.AbstractEntity;
import com.upward.directory.Employee;
import com.upward.goals.Goal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** A comment on a goal by the mentee or their mentor. */
@Entity
@Table(name = "goal_comment")
public class GoalComment extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "goal_id", nullable = false)
    private Goal goal;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    private Employee author;
    @Column(nullable = false)
    private String body;
    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    protected GoalComment() {
    }

    public GoalComment(Goal goal, Employee author, String body, Instant createdAt) {
        this.goal = goal;
        this.author = author;
        this.body = body;
        this.createdAt = createdAt;
    }

    public Goal getGoal() { return goal; }
    public Employee getAuthor() { return author; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public Instant getCreatedAt() { return createdAt; }
}
