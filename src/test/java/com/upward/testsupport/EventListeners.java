package com.upward.testsupport;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The listeners that run after a commit ({@code @ApplicationModuleListener}) do so on the task executor's threads, a
 * moment after the service call returned. A test that then counts what they wrote waits for them first: until the
 * event publication registry holds no publication still being handled (a FAILED one waits for the retry job).
 */
public final class EventListeners {

    private EventListeners() {
    }

    public static void awaitDone(JdbcTemplate jdbc) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).untilAsserted(() ->
                assertThat(jdbc.queryForObject("select count(*) from EVENT_PUBLICATION where status <> 'FAILED'",
                        Long.class)).as("event publications still being handled").isZero());
    }
}
