package com.upward.testsupport;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The one source of "now" for the whole test run. Every Spring context gets {@link #clock()} as its primary
 * {@link Clock} ({@link TestClockContextCustomizerFactory}); tests that need today or now outside Spring ask here.
 * <p>
 * {@code -Dupward.test.now=2028-02-29} (a date, at 09:00) or {@code =2028-02-29T23:30} (a local date-time) and
 * {@code -Dupward.test.zone=Europe/Helsinki} run the suite as if it were then and there; by default it is today,
 * 09:00, in the JVM's zone. The time of day is fixed so that no run crosses midnight by accident.
 */
public final class TestTime {

    public static final String NOW_PROPERTY = "upward.test.now";
    public static final String ZONE_PROPERTY = "upward.test.zone";
    private static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);

    private static final ZoneId ZONE = zoneFromProperty();
    private static final Instant START = startFromProperty(ZONE);
    private static final TestClock CLOCK = new TestClock(START, ZONE);

    private TestTime() {
    }

    /** The run's clock: starts at {@link #start()}, runs on with real time, and tests may move it forward. */
    public static TestClock clock() {
        return CLOCK;
    }

    /** The instant the run pretends to start at (the demo data is generated relative to it). */
    public static Instant start() {
        return START;
    }

    public static ZoneId zone() {
        return ZONE;
    }

    /** The run's "today": the start's date in the run's zone. */
    public static LocalDate today() {
        return LocalDate.ofInstant(START, ZONE);
    }

    /** Now as the app stores instants (UTC wall-clock time), for rows tests write with plain SQL. */
    public static LocalDateTime utcNow() {
        return LocalDateTime.ofInstant(CLOCK.instant(), ZoneOffset.UTC);
    }

    /** A clock that stands still at the run's start, for tests that build services by hand. */
    public static Clock fixedClock() {
        return Clock.fixed(START, ZONE);
    }

    private static ZoneId zoneFromProperty() {
        String zone = System.getProperty(ZONE_PROPERTY, "").strip();
        return zone.isEmpty() ? ZoneId.systemDefault() : ZoneId.of(zone);
    }

    private static Instant startFromProperty(ZoneId zone) {
        String now = System.getProperty(NOW_PROPERTY, "").strip();
        LocalDateTime local;
        if (now.isEmpty()) {
            local = LocalDate.now(zone).atTime(DEFAULT_TIME);
        } else if (now.contains("T")) {
            local = LocalDateTime.parse(now);
        } else {
            local = LocalDate.parse(now).atTime(DEFAULT_TIME);
        }
        // a wall-clock time skipped by a daylight-saving change moves forward, as ZonedDateTime.of does
        return local.atZone(zone).toInstant();
    }
}
