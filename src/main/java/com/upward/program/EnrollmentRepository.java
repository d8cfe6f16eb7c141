package com.upward.program;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface EnrollmentRepository extends JpaRepository<Enrollment, Long> {

    Optional<Enrollment> findByCohortIdAndEmployeeId(Long cohortId, Long employeeId);

    List<Enrollment> findByCohortIdAndSideAndStatus(Long cohortId, EnrollmentSide side, EnrollmentStatus status);

    List<Enrollment> findByEmployeeId(Long employeeId);
}
