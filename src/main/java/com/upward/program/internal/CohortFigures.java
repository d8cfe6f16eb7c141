package com.upward.program.internal;

import com.upward.program.CohortPage;

/**
 * Who takes part in a cohort, each figure one database aggregate. The figures of other features (check-ins, goals,
 * surveys) are their own sections of the cohort page ({@link CohortPage.OverviewSection}).
 */
public record CohortFigures(long acceptedMentors, long acceptedMentees, long waitlisted, long applied,
                            long activePairs) {
}
