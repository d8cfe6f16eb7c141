package com.upward.matching.internal;

import com.upward.base.AbstractEntity;
import com.upward.matching.MentorAssignment;
import com.upward.security.AppUser;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/** One change to a pair: who, when, why, old and new score. Append-only history. */
@Entity
@Table(name = "assignment_event")
public class AssignmentEvent extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id", nullable = false)
    private MentorAssignment assignment;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AssignmentEventType eventType;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    private AppUser actor;
    @Column(nullable = false)
    private Instant occurredAt;
    @Column(length = 500)
    private String reason;
    @Column(precision = 5, scale = 2)
    private BigDecimal oldScore;
    @Column(precision = 5, scale = 2)
    private BigDecimal newScore;
    /** On a rematch: the pair this one replaced. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "previous_assignment_id")
    private MentorAssignment previousAssignment;

    protected AssignmentEvent() {
    }

    public AssignmentEvent(MentorAssignment assignment, AssignmentEventType eventType, AppUser actor, Instant occurredAt) {
        this.assignment = assignment;
        this.eventType = eventType;
        this.actor = actor;
        this.occurredAt = occurredAt;
    }

    public MentorAssignment getAssignment() { return assignment; }
    public AssignmentEventType getEventType() { return eventType; }
    public AppUser getActor() { return actor; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public BigDecimal getOldScore() { return oldScore; }
    public void setOldScore(BigDecimal oldScore) { this.oldScore = oldScore; }
    public BigDecimal getNewScore() { return newScore; }
    public void setNewScore(BigDecimal newScore) { this.newScore = newScore; }
    public MentorAssignment getPreviousAssignment() { return previousAssignment; }
    public void setPreviousAssignment(MentorAssignment previousAssignment) { this.previousAssignment = previousAssignment; }
}
