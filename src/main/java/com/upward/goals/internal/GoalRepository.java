package com.upward.goals.internal;

import com.upward.goals.Goal;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface GoalRepository extends JpaRepository<Goal, Long> {

    List<Goal> findByEnrollmentIdOrderById(Long enrollmentId);
}
