package com.upward.matching;

import com.upward.base.VersionedEntity;
import com.upward.program.Cohort;
import com.upward.program.Enrollment;
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
import java.time.LocalDate;

/** A mentor and a mentee in one cohort (a pair). A rematch ends this pair and starts a new one. */
@Entity
@Table(name = "mentor_assignment")
public class MentorAssignment extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false)
    private Cohort cohort;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mentor_enrollment_id", nullable = false)
    private Enrollment mentorEnrollment;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mentee_enrollment_id", nullable = false)
    private Enrollment menteeEnrollment;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AssignmentStatus status = AssignmentStatus.PROPOSED;
    @Column(precision = 5, scale = 2)
    private BigDecimal score;
    /** The score broken down per criterion, as JSON. */
    private String scoreExplanation;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assigned_by_id")
    private AppUser assignedBy;
    @Column(length = 500)
    private String assignmentReason;
    @Column(nullable = false)
    private LocalDate startsOn;
    private LocalDate endsOn;
    @Column(length = 500)
    private String endReason;
    /** When the pair was proposed, for a pair that had to be accepted or was asked for by the mentee. */
    private Instant proposedAt;
    private Instant mentorAcceptedAt;
    private Instant menteeAcceptedAt;
    /** The mentee asked for this mentor (self-match); the mentor or HR confirms. */
    private boolean requestedByMentee;

    protected MentorAssignment() {
    }

    public MentorAssignment(Cohort cohort, Enrollment mentorEnrollment, Enrollment menteeEnrollment, LocalDate startsOn) {
        this.cohort = cohort;
        this.mentorEnrollment = mentorEnrollment;
        this.menteeEnrollment = menteeEnrollment;
        this.startsOn = startsOn;
    }

    public Cohort getCohort() { return cohort; }
    public Enrollment getMentorEnrollment() { return mentorEnrollment; }
    public Enrollment getMenteeEnrollment() { return menteeEnrollment; }
    public AssignmentStatus getStatus() { return status; }
    public void setStatus(AssignmentStatus status) { this.status = status; }
    public BigDecimal getScore() { return score; }
    public void setScore(BigDecimal score) { this.score = score; }
    public String getScoreExplanation() { return scoreExplanation; }
    public void setScoreExplanation(String scoreExplanation) { this.scoreExplanation = scoreExplanation; }
    public AppUser getAssignedBy() { return assignedBy; }
    public void setAssignedBy(AppUser assignedBy) { this.assignedBy = assignedBy; }
    public String getAssignmentReason() { return assignmentReason; }
    public void setAssignmentReason(String assignmentReason) { this.assignmentReason = assignmentReason; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public String getEndReason() { return endReason; }
    public void setEndReason(String endReason) { this.endReason = endReason; }
    public Instant getProposedAt() { return proposedAt; }
    public void setProposedAt(Instant proposedAt) { this.proposedAt = proposedAt; }
    public Instant getMentorAcceptedAt() { return mentorAcceptedAt; }
    public void setMentorAcceptedAt(Instant mentorAcceptedAt) { this.mentorAcceptedAt = mentorAcceptedAt; }
    public Instant getMenteeAcceptedAt() { return menteeAcceptedAt; }
    public void setMenteeAcceptedAt(Instant menteeAcceptedAt) { this.menteeAcceptedAt = menteeAcceptedAt; }
    public boolean isRequestedByMentee() { return requestedByMentee; }
    public void setRequestedByMentee(boolean requestedByMentee) { this.requestedByMentee = requestedByMentee; }

    /** Ends the pair (ENDED) or a proposal that never started (DECLINED) on a day, never before it started. */
    public void finish(AssignmentStatus finalStatus, LocalDate on, String reason) {
        this.status = finalStatus;
        this.endsOn = on.isBefore(startsOn) ? startsOn : on;
        this.endReason = reason;
    }

    /** A proposed pair becomes ACTIVE once both sides have accepted it. */
    public boolean acceptedByBoth() {
        return mentorAcceptedAt != null && menteeAcceptedAt != null;
    }
}
