package com.upward.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * The period a report's figures are compared with: the one of the same length just before {@code from}. A period
 * of whole calendar months (the 1st to a month's last day) is compared with as many whole months before it (January
 * to June with July to December of the year before); any other period with as many days before it. {@code months}
 * is 0 for a period of days.
 */
public record ComparisonPeriod(LocalDate from, LocalDate to, int months, long days) {

    public static ComparisonPeriod before(LocalDate from, LocalDate to) {
        if (from.getDayOfMonth() == 1 && to.equals(to.with(TemporalAdjusters.lastDayOfMonth()))) {
            int months = (int) ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to)) + 1;
            LocalDate previousFrom = from.minusMonths(months);
            return new ComparisonPeriod(previousFrom, from.minusDays(1), months,
                    ChronoUnit.DAYS.between(previousFrom, from));
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return new ComparisonPeriod(from.minusDays(days), from.minusDays(1), 0, days);
    }

    public ReportScope scope(ReportScope current) {
        return new ReportScope(current.programId(), current.cohortId(), from, to);
    }
}
