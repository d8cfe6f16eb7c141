package com.upward.security.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

import java.io.IOException;

/**
 * A request refused for its CSRF token. A sign-in POST goes back to the login page, which then holds a fresh token:
 * that is where a person lands whose login page outlived its session, and a forged sign-in from another site
 * signs nobody in either way. Any other refused request gets the usual 403.
 */
public final class LoginCsrfDeniedHandler implements AccessDeniedHandler {

    /** The login page's parameter for "your sign-in page had expired, sign in again". */
    public static final String EXPIRED_PARAMETER = "expired";

    private static final Logger LOG = LoggerFactory.getLogger(LoginCsrfDeniedHandler.class);

    private final String loginPath;
    private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

    LoginCsrfDeniedHandler(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && (request.getContextPath() + loginPath).equals(request.getRequestURI())) {
            LOG.info("Sign-in refused: missing or stale CSRF token (Origin: {})",
                    String.valueOf(request.getHeader("Origin")).replaceAll("\\p{Cntrl}", "?"));
            response.sendRedirect(request.getContextPath() + loginPath + "?" + EXPIRED_PARAMETER);
        } else {
            otherwise.handle(request, response, refused);
        }
    }
}
