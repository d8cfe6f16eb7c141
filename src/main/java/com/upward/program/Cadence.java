package com.upward.program;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * The check-in periods of a cohort running from {@code startsOn} to {@code endsOn}: period n starts n − 1 periods
     * after the start and is due when it ends, on the day the next one starts. A last period that would end after
     * {@code endsOn} is left out, so every check-in falls within the cohort.
     */
    public List<CadencePeriod> periods(LocalDate startsOn, LocalDate endsOn) {
        List<CadencePeriod> periods = new ArrayList<>();
        for (int n = 1; !plusPeriods(startsOn, n).isAfter(endsOn); n++) {
            periods.add(new CadencePeriod(n, plusPeriods(startsOn, n - 1), plusPeriods(startsOn, n)));
        }
        return periods;
    }
}
