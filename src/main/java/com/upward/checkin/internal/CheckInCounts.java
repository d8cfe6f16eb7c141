package com.upward.checkin.internal;

/**
 * One mentee's check-ins by state: submitted on time (by the due date + 2 days), submitted late, overdue (not
 * submitted two days after the due date) and upcoming. Structured data only: HR never sees the check-in text.
 */
public record CheckInCounts(long enrollmentId, String menteeName, String mentorName, long onTime, long late,
                            long overdue, long upcoming) {
}
