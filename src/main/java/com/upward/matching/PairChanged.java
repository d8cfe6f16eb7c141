package com.upward.matching;

/**
 * Published inside the transaction that changes a pair, so that both people hear of it (the notification feature
 * listens). For a rematch, {@code previousMentor*} name the mentor the mentee had before; otherwise they are null.
 */
public record PairChanged(Kind kind, long cohortId, String cohortName, long mentorEmployeeId, String mentorName,
                          long menteeEmployeeId, String menteeName, Long previousMentorEmployeeId,
                          String previousMentorName) {

    public enum Kind { ASSIGNED, UNASSIGNED, REMATCHED }
}
