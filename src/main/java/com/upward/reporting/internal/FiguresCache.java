package com.upward.reporting.internal;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * One day's aggregate figures, kept for a short while. The home figures aggregate a year of check-ins of every
 * program (hundreds of milliseconds on 300,000 check-ins) and change with check-ins, not with page views, so a
 * value is served for up to {@code maxAge}: once older than {@code refreshAfter}, the next read still gets it
 * while it is computed again in the background (Caffeine's refresh-ahead). A {@code maxAge} of zero turns the cache
 * off (tests that change data and read the figures at once). Callers check access before reading.
 */
public final class FiguresCache<T> {

    private final Function<LocalDate, T> compute;
    private final LoadingCache<LocalDate, T> cache;

    public FiguresCache(Function<LocalDate, T> compute, Duration refreshAfter, Duration maxAge, Clock clock) {
        this.compute = compute;
        if (maxAge.isZero()) {
            cache = null;
            return;
        }
        if (refreshAfter.compareTo(maxAge) >= 0) {
            throw new IllegalArgumentException("The figures' refresh-after (" + refreshAfter
                    + ") must be shorter than their max-age (" + maxAge + ")");
        }
        // the application clock, so tests move time by hand
        cache = Caffeine.newBuilder().maximumSize(4).refreshAfterWrite(refreshAfter).expireAfterWrite(maxAge)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis())).build(compute::apply);
    }

    public T get(LocalDate day) {
        return cache == null ? compute.apply(day) : cache.get(day);
    }


    /** Forgets every value, so the next read computes it. */
    public void clear() {
        if (cache != null) {
            cache.invalidateAll();
        }
    }
}
