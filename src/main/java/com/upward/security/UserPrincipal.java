package com.upward.security;

import com.upward.base.Role;

import com.upward.security.internal.SessionEpochFilter;
import com.upward.security.internal.SsoUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The signed-in user as kept in the session: ids and names only, no entity. {@code sessionEpoch} is the account's
 * value at sign-in: once the stored one differs, the session has ended ({@link SessionEpochFilter}).
 */
public record UserPrincipal(long userId, Long employeeId, String username, String displayName, String passwordHash,
                            boolean enabled, boolean locked, Set<Role> roles, int sessionEpoch)
        implements UserDetails, Serializable {

    public static UserPrincipal of(AppUser user) {
        return new UserPrincipal(user.getId(), user.getEmployee() == null ? null : user.getEmployee().getId(),
                user.getUsername(), user.getDisplayName(), user.getPasswordHash(), user.isEnabled(), user.isLocked(),
                Set.copyOf(user.getRoles()), user.getSessionEpoch());
    }

    /** The principal of a local or a single-sign-on user; empty for anyone else. */
    public static Optional<UserPrincipal> of(Authentication authentication) {
        return switch (authentication == null ? null : authentication.getPrincipal()) {
            case UserPrincipal principal -> Optional.of(principal);
            case SsoUser sso -> Optional.of(sso.principal()); // signed in through the identity provider
            case null, default -> Optional.empty();
        };
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** The role a person mostly acts in, for the header and the home page. */
    public Role primaryRole() {
        return List.of(Role.ADMIN, Role.HR, Role.EXECUTIVE, Role.EMPLOYEE).stream()
                .filter(roles::contains).findFirst().orElse(Role.EMPLOYEE);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "UserPrincipal[" + username + "]";
    }
}
