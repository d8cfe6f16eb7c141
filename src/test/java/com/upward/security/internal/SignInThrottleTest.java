package com.upward.security.internal;

import com.upward.testsupport.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Five failures per username or per address within 15 minutes, counted in the database, on a hand-moved clock. */
@SpringBootTest
@Tag("db")
@Transactional
class SignInThrottleTest {

    @Autowired
    JdbcTemplate jdbc;

    MutableClock clock;
    SignInThrottle throttle;

    @BeforeEach
    void throttle() {
        jdbc.update("delete from sign_in_failure");
        clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
        throttle = new SignInThrottle(jdbc, clock, 5, Duration.ofMinutes(15));
    }

    @Test
    void theSixthAttemptForAUsernameWaitsUntilTheWindowHasPassed() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("Mentor", "10.0.0." + i);
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(throttle.isThrottled("mentor", "10.0.0.9")).as("4 failures").isFalse();
        throttle.recordFailure("  MENTOR ", "10.0.0.5");
        assertThat(throttle.isThrottled("mentor", "10.0.0.9")).as("5 failures, any address, any case").isTrue();
        assertThat(throttle.isThrottled("mentee", "10.0.0.9")).as("another username").isFalse();
        // the first failure was at 09:00; at 09:15 it has left the window, four remain
        clock.advance(Duration.ofMinutes(11));
        assertThat(throttle.isThrottled("mentor", "10.0.0.9")).isFalse();
    }

    @Test
    void fiveFailuresFromOneAddressRefuseEveryUsernameFromThere() {
        for (String name : new String[]{"a", "b", "c", "nobody-at-all", "e"}) {
            throttle.recordFailure(name, "192.0.2.7");
        }
        assertThat(throttle.isThrottled("mentee", "192.0.2.7")).isTrue();
        assertThat(throttle.isThrottled("mentee", "192.0.2.8")).isFalse();
    }

    @Test
    void unknownAndKnownUsernamesCountAlikeAndOldRowsAreRemoved() {
        throttle.recordFailure("no-such-user-" + "x".repeat(300), null);
        assertThat(jdbc.queryForObject("select max(length(username)) from sign_in_failure", Integer.class))
                .isEqualTo(200);
        clock.advance(Duration.ofDays(2));
        throttle.recordFailure("mentee", "10.1.1.1");
        assertThat(jdbc.queryForObject("select count(*) from sign_in_failure", Long.class)).isEqualTo(1);
    }
}
