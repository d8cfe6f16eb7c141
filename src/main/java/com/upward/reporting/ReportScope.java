package com.upward.reporting;

import java.time.LocalDate;

/**
 * What a metric covers: one program, or one of its cohorts, and a period. Cohorts count when they run in the
 * period; check-ins when they fall due in it (and not after today).
 */
public record ReportScope(long programId, Long cohortId, LocalDate from, LocalDate to) {

    public ReportScope {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("The period starts after it ends.");
        }
    }
}
