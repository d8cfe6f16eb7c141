package com.upward.notification.internal;

import java.time.LocalDate;
import java.time.YearMonth;

/** How often a subscribed report arrives: after each calendar month, or after each calendar quarter. */
public enum DeliveryFrequency {

    MONTHLY(1), QUARTERLY(3);

    /** A whole calendar month or quarter. */
    public record Period(LocalDate from, LocalDate to) {

        /** The day the job first delivers this period: the day after it ends. */
        public LocalDate deliveredOn() {
            return to.plusDays(1);
        }
    }

    private final int months;

    DeliveryFrequency(int months) {
        this.months = months;
    }

    /** The period {@code day} lies in. */
    public Period periodOf(LocalDate day) {
        YearMonth first = YearMonth.from(day).minusMonths((day.getMonthValue() - 1) % months);
        return new Period(first.atDay(1), first.plusMonths(months - 1).atEndOfMonth());
    }

    /** The last period that has ended before {@code today}: last month, or last quarter. */
    public Period lastCompleteBefore(LocalDate today) {
        return periodOf(periodOf(today).from().minusDays(1));
    }
}
