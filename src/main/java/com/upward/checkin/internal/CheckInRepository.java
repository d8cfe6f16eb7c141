package com.upward.checkin.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface CheckInRepository extends JpaRepository<CheckIn, Long> {

    List<CheckIn> findByEnrollmentIdOrderByPeriodNumber(Long enrollmentId);

    Optional<CheckIn> findByEnrollmentIdAndPeriodNumber(Long enrollmentId, int periodNumber);
}
