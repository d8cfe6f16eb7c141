package com.upward.security.internal;

import com.upward.base.Role;

import java.time.Instant;
import java.util.Set;

/**
 * A row of the accounts list. {@code version} travels with it so that a change made from this row fails
 * when someone else changed the account in between.
 */
public record AccountSummary(long id, long version, String username, String displayName, String email,
                             Set<Role> roles, boolean enabled, boolean locked, boolean mustChangePassword,
                             Instant lastLoginAt, String employeeNumber, String department) {

    public AccountState state() {
        return AccountState.of(enabled, locked);
    }
}
