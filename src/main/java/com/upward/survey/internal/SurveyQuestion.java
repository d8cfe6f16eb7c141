package com.upward.survey.internal;

import com.upward.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A statement answered on a numeric scale. {@code code} identifies it across surveys (e.g. "NPS"). */
@Entity
@Table(name = "survey_question")
public class SurveyQuestion extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survey_id", nullable = false)
    private Survey survey;
    private int position;
    @Column(nullable = false, length = 40)
    private String code;
    @Column(nullable = false, length = 300)
    private String text;
    private int scaleMin;
    private int scaleMax;

    protected SurveyQuestion() {
    }

    SurveyQuestion(Survey survey, int position, String code, String text, int scaleMin, int scaleMax) {
        this.survey = survey;
        this.position = position;
        this.code = code;
        this.text = text;
        this.scaleMin = scaleMin;
        this.scaleMax = scaleMax;
    }

    public boolean accepts(int answer) {
        return answer >= scaleMin && answer <= scaleMax;
    }

    public Survey getSurvey() { return survey; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
    public String getCode() { return code; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public int getScaleMin() { return scaleMin; }
    public int getScaleMax() { return scaleMax; }
}
