package com.upward.checkin;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

/** Goal updates are normally written through their {@link CheckIn}; this is for a goal's history. */
public interface CheckInGoalUpdateRepository extends JpaRepository<CheckInGoalUpdate, Long> {

    List<CheckInGoalUpdate> findByGoalIdOrderByCheckInPeriodNumber(Long goalId);
}
