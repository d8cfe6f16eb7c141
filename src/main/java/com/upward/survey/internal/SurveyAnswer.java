package com.upward.survey.internal;

import com.upward.base.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The value chosen for one question. Created through {@link SurveyResponse#addAnswer}. */
@Entity
@Table(name = "survey_answer")
public class SurveyAnswer extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "response_id", nullable = false)
    private SurveyResponse response;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id", nullable = false)
    private SurveyQuestion question;
    private int answer;

    protected SurveyAnswer() {
    }

    SurveyAnswer(SurveyResponse response, SurveyQuestion question, int answer) {
        this.response = response;
        this.question = question;
        this.answer = answer;
    }

    public SurveyResponse getResponse() { return response; }
    public SurveyQuestion getQuestion() { return question; }
    public int getAnswer() { return answer; }
    /** Changes the answer in place (the caller checks the scale). */
    public void setAnswer(int answer) { this.answer = answer; }
}
