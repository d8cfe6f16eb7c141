package com.upward.checkin.internal;

import com.upward.base.VersionedEntity;
import com.upward.checkin.CheckInStatus;
import com.upward.checkin.HelpUrgency;
import com.upward.goals.Goal;
import com.upward.goals.GoalStatus;
import com.upward.matching.MentorAssignment;
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

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A mentee's check-in for one cadence period. The free text (wins … support needed) is for the author and their
 * mentor only; {@link #getPrivateNotes() private notes} for the author only — services enforce this.
 */
@Entity
@Table(name = "check_in")
public class CheckIn extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrollment_id", nullable = false)
    private Enrollment enrollment;
    /** The pair active when the check-in was created; null when the mentee had no mentor yet. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignment_id")
    private MentorAssignment assignment;
    private int periodNumber;
    @Column(nullable = false)
    private LocalDate periodStartsOn;
    @Column(nullable = false)
    private LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CheckInStatus status = CheckInStatus.DUE;
    private Instant submittedAt;
    private Instant reviewedAt;
    private Boolean meetingHeld;
    private LocalDate meetingOn;
    private Integer meetingMinutes;
    private String wins;
    private String setbacks;
    private String lessons;
    private String nextSteps;
    private String supportNeeded;
    private boolean helpRequested;
    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private HelpUrgency helpUrgency;
    private Instant helpAcknowledgedAt;
    /** 1–5, null until answered. */
    private Integer confidence;
    private String privateNotes;

    @OneToMany(mappedBy = "checkIn", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<CheckInGoalUpdate> goalUpdates = new ArrayList<>();

    protected CheckIn() {
    }

    public CheckIn(Enrollment enrollment, int periodNumber, LocalDate periodStartsOn, LocalDate dueOn) {
        this.enrollment = enrollment;
        this.periodNumber = periodNumber;
        this.periodStartsOn = periodStartsOn;
        this.dueOn = dueOn;
    }

    /** Adds the progress and status of one goal for this period. */
    public CheckInGoalUpdate addGoalUpdate(Goal goal, int progress, GoalStatus status, boolean setback) {
        CheckInGoalUpdate update = new CheckInGoalUpdate(this, goal, progress, status);
        update.setSetback(setback);
        goalUpdates.add(update);
        return update;
    }

    public void removeGoalUpdate(CheckInGoalUpdate update) {
        goalUpdates.remove(update);
    }

    public Enrollment getEnrollment() { return enrollment; }
    public MentorAssignment getAssignment() { return assignment; }
    public void setAssignment(MentorAssignment assignment) { this.assignment = assignment; }
    public int getPeriodNumber() { return periodNumber; }
    public LocalDate getPeriodStartsOn() { return periodStartsOn; }
    public LocalDate getDueOn() { return dueOn; }
    public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
    public CheckInStatus getStatus() { return status; }
    public void setStatus(CheckInStatus status) { this.status = status; }
    public Instant getSubmittedAt() { return submittedAt; }
    public void setSubmittedAt(Instant submittedAt) { this.submittedAt = submittedAt; }
    public Instant getReviewedAt() { return reviewedAt; }
    public void setReviewedAt(Instant reviewedAt) { this.reviewedAt = reviewedAt; }
    public Boolean getMeetingHeld() { return meetingHeld; }
    public void setMeetingHeld(Boolean meetingHeld) { this.meetingHeld = meetingHeld; }
    public LocalDate getMeetingOn() { return meetingOn; }
    public void setMeetingOn(LocalDate meetingOn) { this.meetingOn = meetingOn; }
    public Integer getMeetingMinutes() { return meetingMinutes; }
    public void setMeetingMinutes(Integer meetingMinutes) { this.meetingMinutes = meetingMinutes; }
    public String getWins() { return wins; }
    public void setWins(String wins) { this.wins = wins; }
    public String getSetbacks() { return setbacks; }
    public void setSetbacks(String setbacks) { this.setbacks = setbacks; }
    public String getLessons() { return lessons; }
    public void setLessons(String lessons) { this.lessons = lessons; }
    public String getNextSteps() { return nextSteps; }
    public void setNextSteps(String nextSteps) { this.nextSteps = nextSteps; }
    public String getSupportNeeded() { return supportNeeded; }
    public void setSupportNeeded(String supportNeeded) { this.supportNeeded = supportNeeded; }
    public boolean isHelpRequested() { return helpRequested; }
    public void setHelpRequested(boolean helpRequested) { this.helpRequested = helpRequested; }
    public HelpUrgency getHelpUrgency() { return helpUrgency; }
    public void setHelpUrgency(HelpUrgency helpUrgency) { this.helpUrgency = helpUrgency; }
    public Instant getHelpAcknowledgedAt() { return helpAcknowledgedAt; }
    public void setHelpAcknowledgedAt(Instant helpAcknowledgedAt) { this.helpAcknowledgedAt = helpAcknowledgedAt; }
    public Integer getConfidence() { return confidence; }
    public void setConfidence(Integer confidence) { this.confidence = confidence; }
    public String getPrivateNotes() { return privateNotes; }
    public void setPrivateNotes(String privateNotes) { this.privateNotes = privateNotes; }
    public List<CheckInGoalUpdate> getGoalUpdates() { return goalUpdates; }
}
