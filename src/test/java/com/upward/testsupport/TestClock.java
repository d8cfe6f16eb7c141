package com.upward.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The test run's clock: it starts at a chosen instant and runs on with real elapsed time (so timestamps written one
 * after another still differ), and a test may move it forward or set it. {@link TestClockListener} puts it back to
 * the running start after every test method, so a test that moves time moves it for itself only. A test that must
 * know the exact instant the app stamps can {@link #stop()} it.
 */
public final class TestClock extends Clock {

    private final Instant start;
    private final ZoneId zone;
    private final long startNanos;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    /** Set while the clock stands still (see {@link #stop()}). */
    private final AtomicReference<Instant> stopped = new AtomicReference<>();

    TestClock(Instant start, ZoneId zone) {
        this(start, zone, System.nanoTime());
    }

    private TestClock(Instant start, ZoneId zone, long startNanos) {
        this.start = start;
        this.zone = zone;
        this.startNanos = startNanos;
    }

    public void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("Time only moves forward in tests: " + by);
        }
        offset.accumulateAndGet(by, Duration::plus);
        stopped.updateAndGet(at -> at == null ? null : at.plus(by));
    }

    /** Moves the clock to {@code instant} (forward or back); it runs on from there, or stands there if stopped. */
    public void setTo(Instant instant) {
        offset.set(Duration.between(unmoved(), instant));
        stopped.updateAndGet(at -> at == null ? null : instant);
    }

    /**
     * Stops the clock where it is: until it is set or moved again, every "now" is the same instant, so a test can
     * know the exact time the app stamps on what it writes.
     */
    public void stop() {
        stopped.set(instant());
    }

    /** Moves the clock to {@code time} on {@code day} in the clock's zone, as {@link #setTo(Instant)} does. */
    public void setTo(LocalDate day, LocalTime time) {
        setTo(day.atTime(time).atZone(zone).toInstant());
    }

    /** Moves the clock to just after {@code day} begins (00:05 in the clock's zone). */
    public void setToStartOf(LocalDate day) {
        setTo(day, LocalTime.of(0, 5));
    }

    /** Moves the clock to just before {@code day} ends (23:50 in the clock's zone: a test takes less than that). */
    public void setToEndOf(LocalDate day) {
        setTo(day, LocalTime.of(23, 50));
    }

    /** Back to the run's own time: the start plus the real time elapsed since, running. */
    public void reset() {
        offset.set(Duration.ZERO);
        stopped.set(null);
    }

    @Override
    public Instant instant() {
        Instant at = stopped.get();
        return at != null ? at : unmoved().plus(offset.get());
    }

    private Instant unmoved() {
        return start.plusNanos(System.nanoTime() - startNanos);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same clock (same start, same moves) seen from another zone. */
    @Override
    public Clock withZone(ZoneId other) {
        if (other.equals(zone)) {
            return this;
        }
        TestClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return other;
            }

            @Override
            public Clock withZone(ZoneId another) {
                return self.withZone(another);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }
}
