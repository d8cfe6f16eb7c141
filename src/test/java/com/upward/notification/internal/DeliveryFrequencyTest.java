package com.upward.notification.internal;

import com.upward.notification.internal.DeliveryFrequency.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Which period a subscribed report covers: the last whole calendar month or quarter before the day. */
class DeliveryFrequencyTest {

    static Period period(String from, String to) {
        return new Period(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void monthlyIsTheLastCalendarMonth() {
        assertThat(DeliveryFrequency.MONTHLY.lastCompleteBefore(LocalDate.parse("2027-01-01")))
                .isEqualTo(period("2026-12-01", "2026-12-31"));
        assertThat(DeliveryFrequency.MONTHLY.lastCompleteBefore(LocalDate.parse("2028-03-31")))
                .isEqualTo(period("2028-02-01", "2028-02-29"));
    }

    @Test
    void quarterlyIsTheLastCalendarQuarter() {
        assertThat(DeliveryFrequency.QUARTERLY.lastCompleteBefore(LocalDate.parse("2027-01-01")))
                .isEqualTo(period("2026-10-01", "2026-12-31"));
        assertThat(DeliveryFrequency.QUARTERLY.lastCompleteBefore(LocalDate.parse("2026-12-31")))
                .isEqualTo(period("2026-07-01", "2026-09-30"));
        assertThat(DeliveryFrequency.QUARTERLY.periodOf(LocalDate.parse("2026-05-15")))
                .isEqualTo(period("2026-04-01", "2026-06-30"));
    }

    @Test
    void aPeriodIsDeliveredTheDayAfterItEnds() {
        assertThat(period("2026-10-01", "2026-12-31").deliveredOn()).isEqualTo(LocalDate.parse("2027-01-01"));
    }
}
