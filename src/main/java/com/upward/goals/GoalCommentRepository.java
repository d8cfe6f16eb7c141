package com.upward.goals;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface GoalCommentRepository extends JpaRepository<GoalComment, Long> {

    List<GoalComment> findByGoalIdOrderByCreatedAt(Long goalId);
}
