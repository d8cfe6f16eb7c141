package com.upward.program;

import java.util.Collection;
import java.util.Map;

/**
 * What program needs to know about pairs: to start a cohort, and for its figures and participant list. Matching,
 * which sits above program, implements it, so that program never reads matching's tables.
 */
public interface CohortPairing {

    /** Accepted mentees of the cohort without an ACTIVE pair: a cohort cannot start while there are any. */
    long unmatchedAcceptedMentees(long cohortId);

    long activePairs(long cohortId);

    /** ACTIVE pairs per cohort; cohorts without any are left out. */
    Map<Long, Long> activePairsByCohort(Collection<Long> cohortIds);

    /** ACTIVE pairs each enrollment is in (a mentor's current mentees; 1 for a mentee with a mentor); none left out. */
    Map<Long, Long> activePairsByEnrollment(Collection<Long> enrollmentIds);
}
