package com.upward.program;

import com.upward.base.VersionedEntity;
import com.upward.directory.Employee;
import com.upward.security.AppUser;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/** An employee in a cohort as mentor or mentee, with their application answers. */
@Entity
@Table(name = "enrollment")
public class Enrollment extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false)
    private Cohort cohort;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id", nullable = false)
    private Employee employee;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private EnrollmentSide side;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EnrollmentStatus status = EnrollmentStatus.APPLIED;
    private boolean invited;
    private String motivation;
    @Column(length = 200)
    private String availability;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "preferred_mentor_id")
    private Employee preferredMentor;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private LocationPreference locationPreference = LocationPreference.ANY;
    @Column(nullable = false)
    private Instant appliedAt;
    private Instant decidedAt;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by_id")
    private AppUser decidedBy;
    @Column(length = 500)
    private String withdrawalReason;
    @Column(length = 200)
    private String languagePreference;
    /** HR enrolled the person outside the enrollment window (an explicit override). */
    private boolean windowOverride;

    /** Focus areas of a mentee, or skills a mentor offers. */
    @ElementCollection
    @CollectionTable(name = "enrollment_topic", joinColumns = @JoinColumn(name = "enrollment_id"))
    @Column(name = "topic", length = 80)
    private Set<String> topics = new TreeSet<>();

    protected Enrollment() {
    }

    public Enrollment(Cohort cohort, Employee employee, EnrollmentSide side, Instant appliedAt) {
        this.cohort = cohort;
        this.employee = employee;
        this.side = side;
        this.appliedAt = appliedAt;
    }

    public Cohort getCohort() { return cohort; }
    public Employee getEmployee() { return employee; }
    public EnrollmentSide getSide() { return side; }
    public void setSide(EnrollmentSide side) { this.side = side; }
    public EnrollmentStatus getStatus() { return status; }
    public void setStatus(EnrollmentStatus status) { this.status = status; }
    public boolean isInvited() { return invited; }
    public void setInvited(boolean invited) { this.invited = invited; }
    public String getMotivation() { return motivation; }
    /** The application's answers are in (an invited person's start empty). */
    public boolean hasAnswers() { return motivation != null; }
    public void setMotivation(String motivation) { this.motivation = motivation; }
    public String getAvailability() { return availability; }
    public void setAvailability(String availability) { this.availability = availability; }
    public Employee getPreferredMentor() { return preferredMentor; }
    public void setPreferredMentor(Employee preferredMentor) { this.preferredMentor = preferredMentor; }
    public LocationPreference getLocationPreference() { return locationPreference; }
    public void setLocationPreference(LocationPreference locationPreference) { this.locationPreference = locationPreference; }
    public Instant getAppliedAt() { return appliedAt; }
    public void setAppliedAt(Instant appliedAt) { this.appliedAt = appliedAt; }
    public Instant getDecidedAt() { return decidedAt; }
    public void setDecidedAt(Instant decidedAt) { this.decidedAt = decidedAt; }
    public AppUser getDecidedBy() { return decidedBy; }
    public void setDecidedBy(AppUser decidedBy) { this.decidedBy = decidedBy; }
    public String getWithdrawalReason() { return withdrawalReason; }
    public void setWithdrawalReason(String withdrawalReason) { this.withdrawalReason = withdrawalReason; }
    public String getLanguagePreference() { return languagePreference; }
    public void setLanguagePreference(String languagePreference) { this.languagePreference = languagePreference; }
    public boolean isWindowOverride() { return windowOverride; }
    public void setWindowOverride(boolean windowOverride) { this.windowOverride = windowOverride; }
    public Set<String> getTopics() { return topics; }
}
