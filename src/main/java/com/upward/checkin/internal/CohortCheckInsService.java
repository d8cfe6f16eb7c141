package com.upward.checkin.internal;

import com.upward.program.CohortPage;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * What HR sees of a cohort's check-ins on the cohort page: counts by state, never the text of a check-in (privacy
 * rules: HR sees statuses and dates; what mentees write stays between them and their mentor).
 */
@Service
public class CohortCheckInsService {

    private final CohortCheckInQueries queries;
    private final Clock clock;

    CohortCheckInsService(CohortCheckInQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** Submitted, due so far and overdue, over the whole cohort. */
    @Transactional(readOnly = true)
    @PreAuthorize(CohortPage.READERS)
    public CheckInFigures figures(long cohortId) {
        return queries.figures(cohortId, LocalDate.now(clock));
    }

    /** Per mentee taking part: check-ins submitted on time, late, overdue and upcoming. */
    @Transactional(readOnly = true)
    @PreAuthorize(CohortPage.READERS)
    public List<CheckInCounts> countsPerMentee(long cohortId, Pageable pageable) {
        return queries.countsPerMentee(cohortId, LocalDate.now(clock), pageable);
    }

    /** The mentees {@link #countsPerMentee} lists. */
    @Transactional(readOnly = true)
    @PreAuthorize(CohortPage.READERS)
    public long countMentees(long cohortId) {
        return queries.countMentees(cohortId);
    }
}
