package com.upward.matching;

/**
 * A proposed pair ended without starting: declined by one of its people, or withdrawn. {@code reason} is for the
 * program's owner (HR) only; the notification feature tells the other person without it. {@code ownerUserId} is the
 * account of the program's owner.
 */
public record ProposalClosed(Kind kind, long assignmentId, long cohortId, String cohortName, long ownerUserId,
                             long mentorEmployeeId, String mentorName, long menteeEmployeeId, String menteeName,
                             String reason) {

    public enum Kind { DECLINED_BY_MENTOR, DECLINED_BY_MENTEE, WITHDRAWN_BY_MENTEE, WITHDRAWN_BY_HR }
}
