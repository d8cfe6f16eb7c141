package com.upward.checkin;

/**
 * Published in the transaction that submits a check-in, so that the mentor hears of it (and of a help request;
 * HR too when it is urgent) after the commit. Carries no check-in text: who is told what is the notification feature's business.
 */
public record CheckInSubmitted(long checkInId, long cohortId, String cohortName, long menteeEmployeeId,
                               String menteeName, Long mentorEmployeeId, boolean firstSubmission,
                               boolean helpRequested, HelpUrgency urgency) {
}
