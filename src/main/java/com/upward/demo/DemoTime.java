package com.upward.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/** "Today" and "now" of the demo data, taken once from the application clock so every date is relative to it. */
final class DemoTime {

    private final LocalDate today;
    private final Instant now;

    DemoTime(Clock clock) {
        this.now = clock.instant();
        this.today = LocalDate.ofInstant(now, clock.getZone());
    }

    LocalDate today() {
        return today;
    }

    Instant now() {
        return now;
    }

    /** The instant of a local wall-clock time in a zone, never later than now. */
    Instant at(LocalDate date, int hour, int minute, ZoneId zone) {
        Instant instant = date.atTime(LocalTime.of(hour, minute)).atZone(zone).toInstant();
        return notAfterNow(instant);
    }

    Instant notAfterNow(Instant instant) {
        Instant latest = now.minus(Duration.ofMinutes(5));
        return instant.isAfter(latest) ? latest : instant;
    }

    boolean isPast(Instant instant) {
        return instant.isBefore(now);
    }

    static LocalDate mondayOnOrBefore(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
