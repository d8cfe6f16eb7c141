package com.upward.goals.internal;

import com.upward.goals.Goal;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import java.util.List;

/** Read-only figures and rows of a cohort's goals, with the mentees' names. Nothing here writes. */
interface GoalRowRepository extends Repository<Goal, Long> {

    String GOALS = " from Goal g join g.enrollment en join en.employee me where en.cohort.id = :cohortId";

    /** Sortable by the aliases {@code me.lastName} and {@code g.*}. */
    @Query(value = "select new com.upward.goals.internal.GoalRow(g.id, concat(me.firstName, ' ', me.lastName), g.title,"
            + " g.goalType, g.status, g.progress, g.targetDate)" + GOALS,
            countQuery = "select count(g)" + GOALS)
    Page<GoalRow> findGoals(@Param("cohortId") long cohortId, Pageable pageable);

    /** Pairs of status and number of goals, one per status that has any. */
    @Query("select g.status, count(g) from Goal g where g.enrollment.cohort.id = :cohortId group by g.status")
    List<Object[]> countByStatus(@Param("cohortId") long cohortId);
}
