package com.upward.checkin;

/**
 * The mentee or the mentor wrote on a check-in's conversation. Published in that transaction; the notification
 * feature tells the other person after the commit. It carries no text: the message stays with the check-in.
 */
public record CheckInMessagePosted(long checkInId, long recipientEmployeeId, boolean toMentor, String authorName,
                                   String cohortName, int period) {
}
