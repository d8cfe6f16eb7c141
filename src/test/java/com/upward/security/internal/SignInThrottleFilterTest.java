package com.upward.security.internal;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The throttle check before the password: refused, let through, or, with the database gone, "unavailable". */
class SignInThrottleFilterTest {

    private final SignInThrottle throttle = mock(SignInThrottle.class);
    private final SignInThrottleFilter filter = new SignInThrottleFilter(throttle, "/login");
    private final MockHttpServletResponse response = new MockHttpServletResponse();
    private final MockFilterChain chain = new MockFilterChain();

    private static MockHttpServletRequest signIn() {
        var request = new MockHttpServletRequest("POST", "/login");
        request.setParameter("username", "mentee");
        return request;
    }

    @Test
    void aThrottledSignInGoesBackToTheLoginPage() throws Exception {
        when(throttle.isThrottled(any(), any())).thenReturn(true);
        filter.doFilter(signIn(), response, chain);
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?throttled");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void anAllowedSignInGoesOnToThePasswordCheck() throws Exception {
        filter.doFilter(signIn(), response, chain);
        assertThat(chain.getRequest()).isNotNull();
    }

    @Test
    void withTheDatabaseGoneTheLoginPageSaysTheServiceIsUnavailable() throws Exception {
        when(throttle.isThrottled(any(), any())).thenThrow(new CannotGetJdbcConnectionException("no connection",
                new SQLTransientConnectionException("Connection is not available, request timed out after 3000ms")));
        filter.doFilter(signIn(), response, chain);
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?unavailable");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void otherFailuresAreNotHidden() {
        when(throttle.isThrottled(any(), any())).thenThrow(new IllegalStateException("a bug"));
        assertThatThrownBy(() -> filter.doFilter(signIn(), response, chain)).isInstanceOf(IllegalStateException.class);
    }
}
