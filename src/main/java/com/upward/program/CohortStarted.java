package com.upward.program;

import java.time.LocalDate;

/**
 * A cohort started. Published inside the transaction of the step: the features whose state starts with the cohort
 * (its pairs, its check-in schedule, its start survey) react in that transaction, so the step is all or nothing;
 * the notifications follow after the commit. {@code startsOn} is the cohort's start date, today when it started
 * before the planned date (decision 020); {@code on} is the day it was started.
 */
public record CohortStarted(long cohortId, String cohortName, LocalDate startsOn, LocalDate on) {
}
