package com.upward.security.internal;

import com.upward.base.DatabaseErrors;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Refuses a sign-in POST while {@link SignInThrottle} says so, before the password is checked, and sends the
 * browser back to the login page with {@code ?throttled}. Not a bean, so it runs in the security chain only.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottleFilter.class);

    private final SignInThrottle throttle;
    private final String loginPath;

    SignInThrottleFilter(SignInThrottle throttle, String loginPath) {
        this.throttle = throttle;
        this.loginPath = loginPath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !(request.getContextPath() + loginPath).equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        boolean throttled;
        try {
            throttled = throttle.isThrottled(username, request.getRemoteAddr());
        } catch (RuntimeException e) {
            if (!DatabaseErrors.isUnavailable(e)) {
                throw e;
            }
            // as a sign-in that fails later for the same reason: the login page says so, no error page
            log.warn("Sign-in impossible: the database is unavailable; the login page says so");
            response.sendRedirect(request.getContextPath() + loginPath + "?" + SignInFailureHandler.UNAVAILABLE_PARAMETER);
            return;
        }
        if (throttled) {
            log.warn("Sign-in refused (throttled) for username '{}' from {}",
                    SignInThrottle.key(username).replaceAll("\\p{Cntrl}", "?"),
                    request.getRemoteAddr());
            response.sendRedirect(request.getContextPath() + loginPath + "?throttled");
            return;
        }
        chain.doFilter(request, response);
    }
}
