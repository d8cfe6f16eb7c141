package com.upward.program.internal;

import com.upward.program.CohortPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The People figures of the cohort page's Overview tab. Pairs, check-ins, goals and surveys are read by the features
 * that own them ({@link CohortPage}).
 */
@Service
public class CohortOverviewService {

    private final CohortQueries queries;

    CohortOverviewService(CohortQueries queries) {
        this.queries = queries;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.HR)
    public CohortFigures figures(long cohortId) {
        return queries.figures(cohortId);
    }
}
