package com.upward.security;

import java.time.Instant;
import java.util.Set;

/** A row of the accounts list. */
public record AccountSummary(long id, String username, String displayName, String email, Set<Role> roles,
                             boolean enabled, boolean locked, Instant lastLoginAt) {
}
