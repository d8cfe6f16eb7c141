package com.upward.survey;

/** Growth self-assessment at cohort start and end; the closing survey (NPS, relationship rating) for both sides. */
public enum SurveyKind {
    GROWTH_START, GROWTH_END, CLOSING
}
