package com.upward.checkin;

/**
 * A mentor reviewed a check-in. Published in that transaction; the notification feature tells the mentee after the
 * commit (event publication registry).
 */
public record FeedbackGiven(long checkInId, long menteeEmployeeId, String mentorName, String cohortName, int period) {
}
