package com.upward.program;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;

import static org.assertj.core.api.Assertions.assertThat;

class CadenceTest {

    @Test
    void nextPeriodStart() {
        LocalDate monday = LocalDate.of(2026, 3, 2);
        assertThat(Cadence.WEEKLY.next(monday)).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(Cadence.BIWEEKLY.next(monday)).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(Cadence.MONTHLY.next(monday)).isEqualTo(LocalDate.of(2026, 4, 2));
    }

    @Test
    void periodLengths() {
        assertThat(Cadence.WEEKLY.period()).isEqualTo(Period.ofWeeks(1));
        assertThat(Cadence.BIWEEKLY.period()).isEqualTo(Period.ofDays(14));
        assertThat(Cadence.MONTHLY.period()).isEqualTo(Period.ofMonths(1));
    }

    @Test
    void severalPeriodsAtOnceDoNotDriftAtMonthEnds() {
        LocalDate endOfJanuary = LocalDate.of(2026, 1, 31);
        assertThat(Cadence.MONTHLY.plusPeriods(endOfJanuary, 1)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(Cadence.MONTHLY.plusPeriods(endOfJanuary, 2)).isEqualTo(LocalDate.of(2026, 3, 31));
        // stepping one period at a time would give March 28
        assertThat(Cadence.MONTHLY.next(Cadence.MONTHLY.next(endOfJanuary))).isEqualTo(LocalDate.of(2026, 3, 28));
        assertThat(Cadence.BIWEEKLY.plusPeriods(endOfJanuary, 3)).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(Cadence.WEEKLY.plusPeriods(endOfJanuary, 0)).isEqualTo(endOfJanuary);
    }
}
