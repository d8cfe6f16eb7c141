package com.upward.program;

import java.util.Map;

/**
 * The key figures of a cohort, each one database aggregate. Check-ins "due" are those whose due date has come;
 * overdue ones are not submitted two days after it.
 */
public record CohortFigures(long acceptedMentors, long acceptedMentees, long waitlisted, long applied, long activePairs,
                            long checkInsSubmitted, long checkInsDue, long checkInsOverdue,
                            Map<String, Long> goalsByStatus) {
}
