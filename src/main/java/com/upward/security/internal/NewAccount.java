package com.upward.security.internal;

import com.upward.base.Role;

import java.util.Set;

/** What an administrator enters to create an account. */
public record NewAccount(String username, String email, String displayName, String initialPassword,
                         Long employeeId, Set<Role> roles) {
}
