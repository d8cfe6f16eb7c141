package com.upward.program;

/**
 * What starting a cohort needs to know about its pairs. Matching, which sits above program, implements it, so that
 * program never reads matching's tables.
 */
public interface CohortPairing {

    /** Accepted mentees of the cohort without an ACTIVE pair: a cohort cannot start while there are any. */
    long unmatchedAcceptedMentees(long cohortId);

    long activePairs(long cohortId);
}
