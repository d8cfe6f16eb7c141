package com.upward.reporting;

import com.upward.reporting.internal.FiguresCache;
import com.upward.testsupport.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class FiguresCacheTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
    private final AtomicInteger computed = new AtomicInteger();

    private FiguresCache<String> cache(Duration refreshAfter, Duration maxAge) {
        return new FiguresCache<>(day -> day + " #" + computed.incrementAndGet(), refreshAfter, maxAge, clock);
    }

    @Test
    void aFreshValueIsComputedOnceAndServedUntilItIsDueForARefresh() {
        var cache = cache(Duration.ofMinutes(1), Duration.ofMinutes(5));

        assertThat(cache.get(DAY)).isEqualTo("2026-12-01 #1");
        clock.advance(Duration.ofSeconds(59));
        assertThat(cache.get(DAY)).isEqualTo("2026-12-01 #1");
        assertThat(computed).hasValue(1);
    }

    @Test
    void aValueDueForARefreshIsServedOnceMoreWhileTheNextOneIsComputed() {
        var recomputing = new CountDownLatch(1);
        var cache = new FiguresCache<>(day -> {
            if (computed.incrementAndGet() > 1) {
                awaitQuietly(recomputing);  // the reader below must not wait for this
            }
            return day + " #" + computed.get();
        }, Duration.ofMinutes(1), Duration.ofMinutes(5), clock);
        cache.get(DAY);

        clock.advance(Duration.ofMinutes(2));
        assertThat(cache.get(DAY)).isEqualTo("2026-12-01 #1");
        recomputing.countDown();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(cache.get(DAY)).isEqualTo("2026-12-01 #2"));
        assertThat(computed).hasValue(2);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aValuePastItsMaxAgeIsNeverServed() {
        var cache = cache(Duration.ofMinutes(1), Duration.ofMinutes(5));
        cache.get(DAY);

        clock.advance(Duration.ofMinutes(5));
        assertThat(cache.get(DAY)).isEqualTo("2026-12-01 #2");
    }

    @Test
    void eachDayHasItsOwnValue() {
        var cache = cache(Duration.ofMinutes(1), Duration.ofMinutes(5));

        assertThat(cache.get(DAY)).isEqualTo("2026-12-01 #1");
        assertThat(cache.get(DAY.plusDays(1))).isEqualTo("2026-12-02 #2");
    }

    @Test
    void aMaxAgeOfZeroComputesEveryRead() {
        var cache = cache(Duration.ofMinutes(1), Duration.ZERO);

        cache.get(DAY);
        cache.get(DAY);
        assertThat(computed).hasValue(2);
    }

    @Test
    void aRefreshThatIsNotShorterThanTheMaxAgeIsRefused() {
        assertThatThrownBy(() -> cache(Duration.ofMinutes(5), Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be shorter");
    }
}
