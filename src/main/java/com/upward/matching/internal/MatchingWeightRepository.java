package com.upward.matching.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface MatchingWeightRepository extends JpaRepository<MatchingWeight, MatchingWeightId> {

    List<MatchingWeight> findByIdCohortId(Long cohortId);
}
