package com.upward.checkin.internal;

/**
 * A cohort's check-ins in three figures, each one database aggregate. "Due" are those whose due date has come;
 * overdue ones are not submitted two days after it.
 */
public record CheckInFigures(long submitted, long due, long overdue) {
}
