package com.upward.matching;

/**
 * A pair waits for answers (issue 24): HR proposed it in a cohort whose pairs need acceptance, or a mentee asked for
 * this mentor (self-match, {@code requestedByMentee}). Nothing runs until it is accepted; the notification feature
 * asks the people who still have to answer.
 */
public record PairProposed(long assignmentId, long cohortId, String cohortName, long mentorEmployeeId,
                           String mentorName, long menteeEmployeeId, String menteeName, boolean requestedByMentee) {
}
