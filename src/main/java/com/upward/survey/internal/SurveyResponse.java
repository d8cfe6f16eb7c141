package com.upward.survey.internal;

import com.upward.base.AbstractEntity;
import com.upward.program.Enrollment;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One enrollment's answers to one survey. */
@Entity
@Table(name = "survey_response")
public class SurveyResponse extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survey_id", nullable = false)
    private Survey survey;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrollment_id", nullable = false)
    private Enrollment enrollment;
    @Column(nullable = false)
    private Instant submittedAt;

    @OneToMany(mappedBy = "response", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<SurveyAnswer> answers = new ArrayList<>();

    protected SurveyResponse() {
    }

    public SurveyResponse(Survey survey, Enrollment enrollment, Instant submittedAt) {
        this.survey = survey;
        this.enrollment = enrollment;
        this.submittedAt = submittedAt;
    }

    /** Records the answer to one question; the value must lie on the question's scale. */
    public SurveyAnswer addAnswer(SurveyQuestion question, int answer) {
        if (!question.accepts(answer)) {
            throw new IllegalArgumentException("Answer " + answer + " is outside the scale "
                    + question.getScaleMin() + "–" + question.getScaleMax() + " of question " + question.getCode());
        }
        SurveyAnswer surveyAnswer = new SurveyAnswer(this, question, answer);
        answers.add(surveyAnswer);
        return surveyAnswer;
    }

    public Survey getSurvey() { return survey; }
    public Enrollment getEnrollment() { return enrollment; }
    public Instant getSubmittedAt() { return submittedAt; }
    /** When the answers were last changed. */
    public void setSubmittedAt(Instant submittedAt) { this.submittedAt = submittedAt; }
    public List<SurveyAnswer> getAnswers() { return answers; }
}
