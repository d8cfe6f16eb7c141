package com.upward.notification.internal;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox's back-off between tries. */
class OutboxBackoffTest {

    @Test
    void retriesWaitTwiceAsLongEachTime() {
        Duration base = Duration.ofMinutes(1);
        assertThat(OutboxDispatcher.retryDelay(base, 1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(OutboxDispatcher.retryDelay(base, 2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(OutboxDispatcher.retryDelay(base, 4)).isEqualTo(Duration.ofMinutes(8));
    }
}
