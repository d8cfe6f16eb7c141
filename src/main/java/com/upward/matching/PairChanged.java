package com.upward.matching;

/**
 * A pair was made, ended by HR, or replaced by a rematch. Published inside the transaction that changes it: the
 * check-in feature moves a rematched mentee's open check-ins to the new pair in that transaction, and after the
 * commit gives a new pair its schedule and the notification feature tells the people (event publication registry).
 * {@code assignmentId} is the pair made or ended; for a rematch, {@code previous*} name the pair and mentor the
 * mentee had before, otherwise they are null.
 */
public record PairChanged(Kind kind, long assignmentId, Long previousAssignmentId, long cohortId, String cohortName,
                          long mentorEmployeeId, String mentorName, long menteeEmployeeId, String menteeName,
                          Long previousMentorEmployeeId, String previousMentorName) {

    public enum Kind { ASSIGNED, UNASSIGNED, REMATCHED }
}
