package com.upward.security.internal;

import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Computes at most {@code concurrent} password hashes at once; the others wait their turn. A bcrypt check is about
 * 100 ms of pure CPU. In the load test (issue 10, docs/benchmarks.md) a wave of sign-ins had up to 200 request threads
 * hashing at once on 2 cores: the signed-in users' requests got almost no CPU, held their database connections past
 * the pool's 3-second timeout and failed with "temporarily unavailable". Queued here, the sign-ins wait instead of
 * starving everyone; the total work is the same.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Semaphore permits;

    BoundedPasswordEncoder(PasswordEncoder delegate, int concurrent) {
        this.delegate = delegate;
        this.permits = new Semaphore(concurrent, true); // fair: first come, first hashed
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return bounded(() -> delegate.encode(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return bounded(() -> delegate.matches(rawPassword, encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private <T> T bounded(Supplier<T> hashing) {
        permits.acquireUninterruptibly();
        try {
            return hashing.get();
        } finally {
            permits.release();
        }
    }
}
