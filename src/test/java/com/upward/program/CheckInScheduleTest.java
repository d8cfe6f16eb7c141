package com.upward.program;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The check-in schedule a cohort gets when it starts: one period after another, due when each period ends. */
class CheckInScheduleTest {

    @Test
    void weeklyCohortOfTwelveWeeksHasTwelvePeriods() {
        List<CadencePeriod> periods = Cadence.WEEKLY.periods(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 5, 25));

        assertThat(periods).hasSize(12);
        assertThat(periods.getFirst()).isEqualTo(
                new CadencePeriod(1, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9)));
        assertThat(periods.get(1)).isEqualTo(
                new CadencePeriod(2, LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 16)));
        assertThat(periods.getLast()).isEqualTo(
                new CadencePeriod(12, LocalDate.of(2026, 5, 18), LocalDate.of(2026, 5, 25)));
        assertThat(periods).extracting(CadencePeriod::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    }

    @Test
    void monthlyPeriodsFollowTheCalendarWithoutDrifting() {
        List<CadencePeriod> periods = Cadence.MONTHLY.periods(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 7, 31));

        assertThat(periods).extracting(CadencePeriod::dueOn).containsExactly(
                LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30),
                LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 31));
        assertThat(periods).extracting(CadencePeriod::startsOn).containsExactly(
                LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31),
                LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 30));
    }

    @Test
    void aLastPartialPeriodIsLeftOut() {
        // 27 days: one whole biweekly period; the second would end on day 28, after the cohort
        List<CadencePeriod> periods = Cadence.BIWEEKLY.periods(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 29));
        assertThat(periods).containsExactly(new CadencePeriod(1, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 16)));

        assertThat(Cadence.BIWEEKLY.periods(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 30))).hasSize(2);
    }

    @Test
    void noPeriodWhenTheCohortIsShorterThanOne() {
        assertThat(Cadence.MONTHLY.periods(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 1))).isEmpty();
    }
}
