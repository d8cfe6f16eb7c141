package com.upward.security.internal;

import com.upward.base.DatabaseErrors;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

import java.io.IOException;

/**
 * A sign-in that fails because the database cannot be reached says so (the login page with {@code ?unavailable}),
 * instead of "incorrect username or password", which would send people hunting for a typo. Every other failure
 * goes to {@code ?error} as before.
 */
final class SignInFailureHandler implements AuthenticationFailureHandler {

    static final String UNAVAILABLE_PARAMETER = "unavailable";

    private static final Logger LOG = LoggerFactory.getLogger(SignInFailureHandler.class);

    private final AuthenticationFailureHandler refused;
    private final AuthenticationFailureHandler unavailable;

    SignInFailureHandler(String loginPath) {
        refused = new SimpleUrlAuthenticationFailureHandler(loginPath + "?error");
        unavailable = new SimpleUrlAuthenticationFailureHandler(loginPath + "?" + UNAVAILABLE_PARAMETER);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException, ServletException {
        if (DatabaseErrors.isUnavailable(failure)) {
            // one line: Spring Security has logged the exception itself (UsernamePasswordAuthenticationFilter)
            LOG.warn("Sign-in impossible: the database is unavailable; the login page says so");
            unavailable.onAuthenticationFailure(request, response, failure);
        } else {
            refused.onAuthenticationFailure(request, response, failure);
        }
    }
}
