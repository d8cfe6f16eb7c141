package com.upward.security;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * What a password chosen by a person must satisfy: at least 12 characters, at most 72 bytes (BCrypt reads no
 * further), and not the username. "Not the current password" needs the stored hash, so the services check it.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    /** The first rule {@code password} breaks, as a message for the person choosing it; empty when it is fine. */
    public static Optional<String> problem(String username, String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Enter a new password.");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("Use at most " + MAX_BYTES
                    + " characters (accented letters and other scripts count as two or more).");
        }
        if (username != null && password.strip().toLowerCase(Locale.ROOT)
                .equals(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("Your password must not be your username.");
        }
        return Optional.empty();
    }
}
