package com.upward.program;

import com.upward.base.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** One run of a {@link Program}. */
@Entity
@Table(name = "cohort")
public class Cohort extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id", nullable = false)
    private Program program;
    @Column(nullable = false, length = 150)
    private String name;
    private String description;
    @Column(nullable = false)
    private LocalDate enrollmentOpensOn;
    @Column(nullable = false)
    private LocalDate enrollmentClosesOn;
    @Column(nullable = false)
    private LocalDate startsOn;
    @Column(nullable = false)
    private LocalDate endsOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Cadence cadence;
    private int maxMenteesPerMentor;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CohortStatus status = CohortStatus.DRAFT;
    /** Matching: rule out pairs that already ran in an earlier cohort. */
    private boolean excludePreviousPairs;
    /** Matching: how much an even spread of mentees across mentors counts against fit in auto-match (0–100). */
    private int loadSpreadWeight = 20;
    /** Matching: a pair HR makes starts only once its mentor and its mentee have accepted it. */
    private boolean pairsNeedAcceptance;
    /** Matching: accepted mentees may ask a mentor with room; the mentor or HR confirms. */
    private boolean menteesChooseMentor;

    protected Cohort() {
    }

    public Cohort(Program program, String name, LocalDate enrollmentOpensOn, LocalDate enrollmentClosesOn,
                  LocalDate startsOn, LocalDate endsOn, Cadence cadence, int maxMenteesPerMentor) {
        this.program = program;
        this.name = name;
        this.enrollmentOpensOn = enrollmentOpensOn;
        this.enrollmentClosesOn = enrollmentClosesOn;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.cadence = cadence;
        this.maxMenteesPerMentor = maxMenteesPerMentor;
    }

    public boolean isExcludePreviousPairs() { return excludePreviousPairs; }
    public void setExcludePreviousPairs(boolean excludePreviousPairs) { this.excludePreviousPairs = excludePreviousPairs; }
    public int getLoadSpreadWeight() { return loadSpreadWeight; }
    public void setLoadSpreadWeight(int loadSpreadWeight) { this.loadSpreadWeight = loadSpreadWeight; }
    public boolean isPairsNeedAcceptance() { return pairsNeedAcceptance; }
    public void setPairsNeedAcceptance(boolean pairsNeedAcceptance) { this.pairsNeedAcceptance = pairsNeedAcceptance; }
    public boolean isMenteesChooseMentor() { return menteesChooseMentor; }
    public void setMenteesChooseMentor(boolean menteesChooseMentor) { this.menteesChooseMentor = menteesChooseMentor; }
    public Program getProgram() { return program; }
    public void setProgram(Program program) { this.program = program; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public LocalDate getEnrollmentOpensOn() { return enrollmentOpensOn; }
    public void setEnrollmentOpensOn(LocalDate enrollmentOpensOn) { this.enrollmentOpensOn = enrollmentOpensOn; }
    public LocalDate getEnrollmentClosesOn() { return enrollmentClosesOn; }
    public void setEnrollmentClosesOn(LocalDate enrollmentClosesOn) { this.enrollmentClosesOn = enrollmentClosesOn; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public Cadence getCadence() { return cadence; }
    public void setCadence(Cadence cadence) { this.cadence = cadence; }
    public int getMaxMenteesPerMentor() { return maxMenteesPerMentor; }
    public void setMaxMenteesPerMentor(int maxMenteesPerMentor) { this.maxMenteesPerMentor = maxMenteesPerMentor; }
    public CohortStatus getStatus() { return status; }
    /** Sets the status without checking the transition; services check {@link CohortStatus#canMoveTo} first. */
    public void setStatus(CohortStatus status) { this.status = status; }
}
