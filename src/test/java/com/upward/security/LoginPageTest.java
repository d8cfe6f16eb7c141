package com.upward.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A failed sign-in goes through our failure handler now that the form login names its page (SignInJourneyIT
 * checks in Chromium that /login is the app's own view, not Spring Security's generated page).
 */
@SpringBootTest
class LoginPageTest {

    @Autowired
    FilterChainProxy securityFilters;
    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void servletContextKnowsTheApp() {
        context.getServletContext().setAttribute(WebApplicationContext.ROOT_WEB_APPLICATION_CONTEXT_ATTRIBUTE, context);
    }

    @Test
    void aWrongPasswordReturnsToTheLoginPageWithTheError() throws Exception {
        var request = new MockHttpServletRequest(context.getServletContext(), "POST", "/login");
        request.setRemoteAddr("192.0.2.77");  // its own address: the failure counts for no other test
        request.setParameter("username", "login-page-test");
        request.setParameter("password", "not-the-password");
        var response = new MockHttpServletResponse();
        // the login form's CSRF token (LoginCsrfTest: without it the POST signs nobody in)
        securityFilters.doFilter(csrf().postProcessRequest(request), response, new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(jdbc.update("delete from sign_in_failure where username = 'login-page-test'")).isOne();
    }
}
