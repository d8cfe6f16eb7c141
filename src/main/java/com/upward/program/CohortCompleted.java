package com.upward.program;

import java.time.LocalDate;

/**
 * A cohort completed. Published inside the transaction of the step: its pairs end on {@code pairsEndOn} and its
 * closing surveys open on {@code on} in that transaction; the notifications follow after the commit.
 */
public record CohortCompleted(long cohortId, String cohortName, LocalDate pairsEndOn, LocalDate on,
                              String reason) {
}
