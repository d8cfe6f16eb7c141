package com.upward.security;

import com.upward.security.internal.SignInThrottle;
import com.upward.security.internal.SsoUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The signed-in user, for services that must check ownership (not only roles). */
@Component
public class CurrentUser {

    public Optional<UserPrincipal> get() {
        return UserPrincipal.of(SecurityContextHolder.getContext().getAuthentication());
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

    /** The address this session signed in from, as the sign-in throttle counts it; null when unknown. */
    public String signInAddress() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? null : SignInThrottle.addressOf(authentication.getDetails());
    }

    /**
     * After the signed-in person changed their own account (password, roles): this session takes the account as
     * it is now, stamp included, so it stays signed in while the account's other sessions end. The context in the
     * holder is the very object the HTTP session keeps, so setting it there is what the next request reads.
     */
    public void refresh(AppUser account) {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication current = context.getAuthentication();
        if (get().filter(me -> me.userId() == account.getId()).isEmpty()) {
            return;
        }
        UserPrincipal principal = UserPrincipal.of(account);
        AbstractAuthenticationToken refreshed = current instanceof OAuth2AuthenticationToken sso
                && sso.getPrincipal() instanceof SsoUser user
                ? new OAuth2AuthenticationToken(new SsoUser(principal, user.idToken(), user.userInfo(), user.claims()),
                        principal.getAuthorities(), sso.getAuthorizedClientRegistrationId())
                : UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        refreshed.setDetails(current.getDetails());
        context.setAuthentication(refreshed);
    }
}
