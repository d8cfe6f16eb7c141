package com.upward.security.internal;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;

/**
 * Lets Prometheus read {@code /actuator/prometheus} with {@code Authorization: Bearer <upward.metrics.token>}, so
 * that a scraper never holds a person's password (issue 21). The token is no sign-in: no session, no account, and
 * a wrong one is not a sign-in failure. Compared in constant time; without a configured token nothing matches.
 */
final class MetricsScrapeToken implements AuthorizationManager<RequestAuthorizationContext> {

    /** Long enough that guessing is hopeless without any throttle (e.g. {@code openssl rand -hex 32}). */
    static final int MIN_LENGTH = 32;

    private static final String BEARER = "Bearer ";

    private final byte[] expected;

    MetricsScrapeToken(String token) {
        if (token == null || token.isBlank()) {
            expected = null;
        } else if (token.strip().length() < MIN_LENGTH) {
            throw new IllegalArgumentException("upward.metrics.token (UPWARD_METRICS_TOKEN) must have at least "
                    + MIN_LENGTH + " characters; generate one with: openssl rand -hex 32");
        } else {
            expected = token.strip().getBytes(StandardCharsets.UTF_8);
        }
    }

    boolean matches(String authorization) {
        if (expected == null || authorization == null || !authorization.regionMatches(true, 0, BEARER, 0,
                BEARER.length())) {
            return false;
        }
        byte[] given = authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
        // the time depends on the length of the expected token only, not on how much of it was guessed
        return MessageDigest.isEqual(expected, given);
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                                         RequestAuthorizationContext context) {
        return new AuthorizationDecision(matches(context.getRequest().getHeader("Authorization")));
    }
}
