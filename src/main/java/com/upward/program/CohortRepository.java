package com.upward.program;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface CohortRepository extends JpaRepository<Cohort, Long> {

    List<Cohort> findByStatus(CohortStatus status);

    List<Cohort> findByProgramIdOrderByStartsOnDesc(Long programId);
}
