package com.upward.program;

import java.time.LocalDate;
import java.time.Period;

/** How often mentees check in. */
public enum Cadence {
    WEEKLY(Period.ofWeeks(1)),
    BIWEEKLY(Period.ofWeeks(2)),
    MONTHLY(Period.ofMonths(1));

    private final Period period;

    Cadence(Period period) {
        this.period = period;
    }

    /** The length of one period. */
    public Period period() {
        return period;
    }

    /** The start of the period after the one starting on {@code date}. */
    public LocalDate next(LocalDate date) {
        return plusPeriods(date, 1);
    }

    /**
     * {@code date} moved forward by {@code periods} whole periods, computed from {@code date} in one step
     * so that monthly periods do not drift (Jan 31 + 2 months is Mar 31, not Mar 28).
     */
    public LocalDate plusPeriods(LocalDate date, long periods) {
        return switch (this) {
            case WEEKLY -> date.plusWeeks(periods);
            case BIWEEKLY -> date.plusWeeks(2 * periods);
            case MONTHLY -> date.plusMonths(periods);
        };
    }
}
