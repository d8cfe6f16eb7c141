package com.upward.goals.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface GoalCommentRepository extends JpaRepository<GoalComment, Long> {

    List<GoalComment> findByGoalIdOrderByCreatedAt(Long goalId);
}
