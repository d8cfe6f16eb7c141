package com.upward.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The signed-in user, for services that must check ownership (not only roles). */
@Component
public class CurrentUser {

    public Optional<UserPrincipal> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Optional.empty();
        }
        return switch (authentication.getPrincipal()) {
            case UserPrincipal principal -> Optional.of(principal);
            case SsoUser sso -> Optional.of(sso.principal()); // signed in through the identity provider
            case null, default -> Optional.empty();
        };
    }

    public UserPrincipal require() {
        return get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    /** Whether the signed-in account belongs to an employee of the directory (an administrator's may not). */
    public boolean isEmployee() {
        return require().employeeId() != null;
    }

    /** The signed-in user's employee id; refused for an account that belongs to no employee. */
    public long requireEmployeeId() {
        Long employeeId = require().employeeId();
        if (employeeId == null) {
            throw new AccessDeniedException("This account belongs to no employee.");
        }
        return employeeId;
    }
}
