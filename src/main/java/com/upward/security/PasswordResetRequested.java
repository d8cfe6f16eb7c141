package com.upward.security;

import java.time.Instant;

/**
 * Someone asked for a password reset link for this account. Published inside the request's transaction and handled
 * there (a plain listener, never stored in the event registry, since it carries the link): the link's token and the
 * email that carries it are stored together or not at all. {@code path} is relative to the portal's address.
 */
public record PasswordResetRequested(long accountId, String path, Instant expiresAt) {

    @Override
    public String toString() {
        return "PasswordResetRequested[accountId=" + accountId + ", expiresAt=" + expiresAt + "]";
    }
}
