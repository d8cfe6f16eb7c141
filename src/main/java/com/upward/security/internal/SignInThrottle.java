package com.upward.security.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Login throttling (OWASP ASVS 2.2.1): after {@code max-failures} failed sign-ins for one username, or from one
 * address, within {@code window}, further attempts are refused until the oldest of them leaves the window. Kept in
 * the database so every node sees the same count. Usernames count whether or not the account exists, so the
 * refusal says nothing about existence.
 */
@Component
public class SignInThrottle {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    SignInThrottle(JdbcTemplate jdbc, Clock clock,
                   @Value("${upward.security.sign-in.max-failures:5}") int maxFailures,
                   @Value("${upward.security.sign-in.window:PT15M}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    public Duration window() {
        return window;
    }

    public int maxFailures() {
        return maxFailures;
    }

    /** Whether an attempt for this username from this address is refused now, before the password is checked. */
    // A transaction of its own: the count must include failures committed after a caller's transaction began
    // (MariaDB's repeatable read would otherwise show that transaction's older snapshot).
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public boolean isThrottled(String username, String address) {
        if (isThrottled(username)) {
            return true;
        }
        LocalDateTime since = now().minus(window);
        Long byAddress = jdbc.queryForObject("select count(*) from sign_in_failure where address = ? and failed_at > ?",
                Long.class, address(address), since);
        return byAddress >= maxFailures;
    }

    /**
     * Whether this username's failures alone refuse it now. The current-password check on the profile asks only
     * this: the person is signed in, and colleagues behind the same address should not be paused by their typos.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public boolean isThrottled(String username) {
        Long byName = jdbc.queryForObject("select count(*) from sign_in_failure where username = ? and failed_at > ?",
                Long.class, key(username), now().minus(window));
        return byName >= maxFailures;
    }

    /** In a transaction of its own: the caller refuses the attempt, and its rollback must not take the record. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String username, String address) {
        LocalDateTime now = now();
        jdbc.update("insert into sign_in_failure (username, address, failed_at) values (?, ?, ?)", key(username),
                address(address), now);
        // a day is far longer than any window: older rows can go
        jdbc.update("delete from sign_in_failure where failed_at < ?", now.minusDays(1));
    }

    @EventListener
    @Transactional
    public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        recordFailure(event.getAuthentication().getName(), addressOf(event.getAuthentication().getDetails()));
    }

    /** A correct password ends that username's run of failures (the address count stays). */
    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        jdbc.update("delete from sign_in_failure where username = ?", key(event.getAuthentication().getName()));
    }

    public static String addressOf(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }

    static String key(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return key.length() > 200 ? key.substring(0, 200) : key;
    }

    private static String address(String address) {
        return address == null ? "unknown" : address.length() > 64 ? address.substring(0, 64) : address;
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
