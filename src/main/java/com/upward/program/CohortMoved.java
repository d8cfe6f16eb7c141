package com.upward.program;

/** Published, inside the transaction, after a cohort took a lifecycle step (it now has {@code status}). */
public record CohortMoved(long cohortId, String cohortName, CohortStatus status) {
}
