package com.upward.simulation;

import com.upward.testsupport.TestClock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The simulation's hands on the test clock, which stands still between its moves: it moves to a time of a day in the
 * app's zone, and never back (an action planned for earlier in a day that has moved on happens then instead).
 */
final class SimClock {

    private final TestClock clock;

    /** Stops the clock: in the simulation time moves only when the story moves it. */
    SimClock(TestClock clock) {
        this.clock = clock;
        clock.stop();
    }

    void at(LocalDate day, int hour, int minute) {
        Instant wanted = day.atTime(LocalTime.of(hour, minute)).atZone(zone()).toInstant();
        if (wanted.isAfter(clock.instant())) {
            clock.setTo(wanted);
        }
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone());
    }

    LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone());
    }

    ZoneId zone() {
        return clock.getZone();
    }
}
