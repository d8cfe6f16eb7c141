package com.upward.survey.internal;

import com.upward.survey.SurveyKind;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface SurveyRepository extends JpaRepository<Survey, Long> {

    Optional<Survey> findByCohortIdAndKind(Long cohortId, SurveyKind kind);

    List<Survey> findByCohortId(Long cohortId);
}
