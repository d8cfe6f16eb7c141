package com.upward.security.internal;

import com.upward.security.AppUser;
import com.upward.security.UserPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * Ends a session whose account changed since it signed in (password changed or reset, locked, deactivated, roles
 * changed: {@link AppUser#endSessions}). Sessions live in one node's memory (decision 015), so the stamp is read
 * from the database, by primary key, on every request of a signed-in session: a change on one node ends the
 * sessions on all of them at their next request, without a cache to wait for.
 * <p>
 * The ended session is invalidated and the request goes on signed out: a page request is sent to the sign-in page
 * (and back to the page after signing in); a Vaadin round trip reaches Vaadin without a session, which answers
 * "session expired", and the browser reloads into the sign-in page.
 */
public final class SessionEpochFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(SessionEpochFilter.class);

    private final AppUserRepository users;
    private final SecurityContextHolderStrategy contexts;
    private final SecurityContextLogoutHandler signOut = new SecurityContextLogoutHandler();

    /** {@code contexts}: the chain's own strategy (Vaadin's), so that signing out clears the context it reads. */
    SessionEpochFilter(AppUserRepository users, SecurityContextHolderStrategy contexts) {
        this.users = users;
        this.contexts = contexts;
        signOut.setSecurityContextHolderStrategy(contexts);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getSession(false) != null) {
            Authentication authentication = contexts.getContext().getAuthentication();
            UserPrincipal.of(authentication).ifPresent(principal -> {
                Optional<Integer> current = users.findSessionEpoch(principal.userId());
                if (current.isEmpty() || current.get() != principal.sessionEpoch()) {
                    LOG.info("Ended a session of {}: the account changed since it signed in", principal.username());
                    signOut.logout(request, response, authentication);
                }
            });
        }
        chain.doFilter(request, response);
    }
}
