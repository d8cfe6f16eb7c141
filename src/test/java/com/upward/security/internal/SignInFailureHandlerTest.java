package com.upward.security.internal;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

/** A failed sign-in tells a database outage apart from wrong credentials. */
class SignInFailureHandlerTest {

    private final SignInFailureHandler handler = new SignInFailureHandler("/login");

    @Test
    void theDatabaseIsDown() throws Exception {
        // Spring Security wraps what the account look-up threw
        var failure = new InternalAuthenticationServiceException("Could not open JPA EntityManager",
                new CannotCreateTransactionException("Could not open JPA EntityManager for transaction"));
        assertThat(redirectAfter(failure)).isEqualTo("/login?unavailable");
    }

    @Test
    void wrongCredentialsStayIncorrectUsernameOrPassword() throws Exception {
        assertThat(redirectAfter(new BadCredentialsException("Bad credentials"))).isEqualTo("/login?error");
        assertThat(redirectAfter(new InternalAuthenticationServiceException("bug", new IllegalStateException())))
                .isEqualTo("/login?error");
    }

    private String redirectAfter(AuthenticationException failure) throws Exception {
        var request = new MockHttpServletRequest("POST", "/login");
        var response = new MockHttpServletResponse();
        handler.onAuthenticationFailure(request, response, failure);
        return response.getRedirectedUrl();
    }
}
