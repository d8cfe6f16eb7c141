package com.upward.survey.internal;

import com.upward.base.AbstractEntity;
import com.upward.program.Cohort;
import com.upward.survey.SurveyKind;
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
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A survey of one kind in one cohort, with its scale questions. */
@Entity
@Table(name = "survey")
public class Survey extends AbstractEntity {

    @Version
    private long version;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false)
    private Cohort cohort;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SurveyKind kind;
    @Column(nullable = false, length = 200)
    private String title;
    @Column(nullable = false)
    private LocalDate opensOn;
    private LocalDate closesOn;

    @OneToMany(mappedBy = "survey", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<SurveyQuestion> questions = new ArrayList<>();

    protected Survey() {
    }

    public Survey(Cohort cohort, SurveyKind kind, String title, LocalDate opensOn) {
        this.cohort = cohort;
        this.kind = kind;
        this.title = title;
        this.opensOn = opensOn;
    }

    /** Appends a question answered on the scale {@code scaleMin}–{@code scaleMax}. */
    public SurveyQuestion addQuestion(String code, String text, int scaleMin, int scaleMax) {
        int position = questions.stream().mapToInt(SurveyQuestion::getPosition).max().orElse(-1) + 1;
        SurveyQuestion question = new SurveyQuestion(this, position, code, text, scaleMin, scaleMax);
        questions.add(question);
        return question;
    }

    public long getVersion() { return version; }
    public Cohort getCohort() { return cohort; }
    public SurveyKind getKind() { return kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDate getOpensOn() { return opensOn; }
    public void setOpensOn(LocalDate opensOn) { this.opensOn = opensOn; }
    public LocalDate getClosesOn() { return closesOn; }
    public void setClosesOn(LocalDate closesOn) { this.closesOn = closesOn; }
    public List<SurveyQuestion> getQuestions() { return questions; }
}
