package com.upward.goals;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

/** Milestones are normally changed through their {@link Goal}; this is for reading them on their own. */
public interface MilestoneRepository extends JpaRepository<Milestone, Long> {

    List<Milestone> findByGoalIdOrderByPosition(Long goalId);
}
