package com.upward.survey;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

/** Questions are normally written through their {@link Survey}. */
public interface SurveyQuestionRepository extends JpaRepository<SurveyQuestion, Long> {

    List<SurveyQuestion> findBySurveyIdOrderByPosition(Long surveyId);
}
