package com.upward.goals.internal;

import com.upward.goals.GoalStatus;
import com.upward.program.CohortPage;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumMap;
import java.util.Map;

/**
 * What HR sees of a cohort's goals on the cohort page: titles, types, statuses and progress, never the "why" or the
 * success criteria (privacy rules).
 */
@Service
public class CohortGoalsService {

    private final GoalRowRepository rows;

    CohortGoalsService(GoalRowRepository rows) {
        this.rows = rows;
    }

    /** The number of goals in each status that has any, counted in the database. */
    @Transactional(readOnly = true)
    @PreAuthorize(CohortPage.READERS)
    public Map<GoalStatus, Long> countByStatus(long cohortId) {
        Map<GoalStatus, Long> counts = new EnumMap<>(GoalStatus.class);
        for (Object[] row : rows.countByStatus(cohortId)) {
            counts.put((GoalStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(CohortPage.READERS)
    public Page<GoalRow> goals(long cohortId, Pageable pageable) {
        return rows.findGoals(cohortId, pageable);
    }
}
