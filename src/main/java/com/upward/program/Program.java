package com.upward.program;

import com.upward.base.VersionedEntity;
import com.upward.security.AppUser;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A long-lived mentoring initiative; each run of it is a {@link Cohort}. */
@Entity
@Table(name = "program")
public class Program extends VersionedEntity {

    @Column(nullable = false, length = 150)
    private String name;
    private String description;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false)
    private AppUser owner;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Cadence defaultCadence;
    private int defaultMaxMentees;
    private boolean active = true;
    /** A mentee takes part in one running (enrolling or active) cohort of any program at a time (issue 24). */
    private boolean oneRunningCohortPerMentee = true;
    /** A mentor's capacity counts their running pairs in every running cohort, not only this one (issue 24). */
    private boolean mentorCapacityAcrossCohorts = true;

    protected Program() {
    }

    public Program(String name, AppUser owner, Cadence defaultCadence, int defaultMaxMentees) {
        this.name = name;
        this.owner = owner;
        this.defaultCadence = defaultCadence;
        this.defaultMaxMentees = defaultMaxMentees;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public AppUser getOwner() { return owner; }
    public void setOwner(AppUser owner) { this.owner = owner; }
    public Cadence getDefaultCadence() { return defaultCadence; }
    public void setDefaultCadence(Cadence defaultCadence) { this.defaultCadence = defaultCadence; }
    public int getDefaultMaxMentees() { return defaultMaxMentees; }
    public void setDefaultMaxMentees(int defaultMaxMentees) { this.defaultMaxMentees = defaultMaxMentees; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public boolean isOneRunningCohortPerMentee() { return oneRunningCohortPerMentee; }
    public void setOneRunningCohortPerMentee(boolean one) { this.oneRunningCohortPerMentee = one; }
    public boolean isMentorCapacityAcrossCohorts() { return mentorCapacityAcrossCohorts; }
    public void setMentorCapacityAcrossCohorts(boolean across) { this.mentorCapacityAcrossCohorts = across; }
}
