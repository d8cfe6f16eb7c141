package com.upward.security.internal;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-ins queue for a hashing slot instead of all hashing at once (issue 10, docs/benchmarks.md). */
class BoundedPasswordEncoderTest {

    @Test
    void hashesAtMostTheGivenNumberAtOnceAndAnswersAsTheDelegate() throws Exception {
        var running = new AtomicInteger();
        var most = new AtomicInteger();
        PasswordEncoder real = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        PasswordEncoder slow = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return real.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                try {
                    return real.matches(raw, encoded);
                } finally {
                    running.decrementAndGet();
                }
            }
        };
        var bounded = new BoundedPasswordEncoder(slow, 2);
        String hash = bounded.encode("upward");
        List<Future<Boolean>> answers = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(6)) {
            for (int i = 0; i < 6; i++) {
                String tried = i % 2 == 0 ? "upward" : "wrong";
                answers.add(pool.submit(() -> bounded.matches(tried, hash)));
            }
        }
        assertThat(answers.stream().map(BoundedPasswordEncoderTest::get).toList())
                .containsExactly(true, false, true, false, true, false);
        assertThat(most.get()).isBetween(1, 2);
        assertThat(bounded.upgradeEncoding(hash)).isFalse();
    }

    private static boolean get(Future<Boolean> answer) {
        try {
            return answer.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
