package com.upward.survey.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface SurveyResponseRepository extends JpaRepository<SurveyResponse, Long> {

    Optional<SurveyResponse> findBySurveyIdAndEnrollmentId(Long surveyId, Long enrollmentId);

    boolean existsBySurveyIdAndEnrollmentId(Long surveyId, Long enrollmentId);
}
