package com.upward.program;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * What HR sees of a running cohort: key figures, pairs, check-in states and goals. Structured data only, never the
 * text of a check-in (privacy rules: HR sees statuses, dates, progress and goal statuses).
 */
@Service
public class CohortOverviewService {

    private final CohortQueries queries;
    private final CohortReadRepository reads;
    private final EnrollmentRepository enrollments;
    private final Clock clock;

    CohortOverviewService(CohortQueries queries, CohortReadRepository reads, EnrollmentRepository enrollments,
                          Clock clock) {
        this.queries = queries;
        this.reads = reads;
        this.enrollments = enrollments;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.HR)
    public CohortFigures figures(long cohortId) {
        return queries.figures(cohortId, LocalDate.now(clock));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.HR)
    public Page<PairRow> pairs(long cohortId, Pageable pageable) {
        return reads.findPairs(cohortId, pageable);
    }

    /** Per accepted mentee: check-ins submitted on time, late, overdue and upcoming. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.HR)
    public List<CheckInCounts> checkIns(long cohortId, Pageable pageable) {
        return queries.checkInCounts(cohortId, LocalDate.now(clock), pageable);
    }

    /** The mentees the check-in table lists. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.HR)
    public long countMentees(long cohortId) {
        return enrollments.countByCohortIdAndSideAndStatusIn(cohortId, EnrollmentSide.MENTEE,
                List.of(EnrollmentStatus.ACCEPTED, EnrollmentStatus.COMPLETED));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.HR)
    public Page<GoalRow> goals(long cohortId, Pageable pageable) {
        return reads.findGoals(cohortId, pageable);
    }
}
