package com.upward.survey;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

/** Answers are normally written through their {@link SurveyResponse}. */
public interface SurveyAnswerRepository extends JpaRepository<SurveyAnswer, Long> {

    List<SurveyAnswer> findByResponseId(Long responseId);
}
