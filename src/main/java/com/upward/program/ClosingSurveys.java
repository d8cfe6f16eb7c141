package com.upward.program;

import java.time.LocalDate;

/**
 * Whether a cohort's closing surveys are still open or yet to open, and the last day they take answers (null when
 * closed, or when one stays open until the cohort is archived). Archiving waits for them.
 */
public record ClosingSurveys(boolean open, LocalDate openUntil) {

    /** Implemented by the survey feature, which sits above program. */
    public interface Lookup {

        ClosingSurveys of(long cohortId, LocalDate today);
    }
}
