package com.upward.security.internal;

import com.upward.security.RunningServerTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpHeaders;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21, finding 10: what Tomcat answers itself, before Spring Security sees the request, carries the same
 * security headers; and the session cookie is {@code Secure} when a TLS-terminating proxy says the browser used
 * https ({@code X-Forwarded-Proto}), without anyone having to remember UPWARD_SECURE_COOKIES.
 */
class ContainerResponsesTest extends RunningServerTest {

    @Test
    void tomcatsOwnErrorPagesCarryTheSecurityHeaders() throws Exception {
        // rejected by Tomcat while parsing the path: no filter, no servlet runs
        for (String path : List.of("checkins/140%00", "checkins/%2e%2e%00")) {
            var response = get(browser(), path);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertSecurityHeaders(path, response.headers());
        }
    }

    @Test
    void theAppsOwnPagesKeepOneCopyOfEachHeader() throws Exception {
        for (String path : List.of("login", "actuator/health", "no-such-page")) {
            var headers = get(browser(), path).headers();
            assertSecurityHeaders(path, headers);
            for (String name : List.of("Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options",
                    "Referrer-Policy")) {
                assertThat(headers.allValues(name)).as(path + " " + name).hasSize(1);
            }
        }
    }

    @Test
    void behindATlsProxyTheSessionCookieIsSecure() throws Exception {
        var cookie = sessionCookie(get(browser(), "login", "X-Forwarded-Proto", "https").headers());
        assertThat(cookie).contains("JSESSIONID=").containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly");
    }

    @Test
    void overPlainHttpTheSessionCookieIsNotSecure() throws Exception {
        var cookie = sessionCookie(get(browser(), "login").headers());
        assertThat(cookie).contains("JSESSIONID=").doesNotContainIgnoringCase("Secure");
    }

    private static String sessionCookie(HttpHeaders headers) {
        return headers.allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + headers.map()));
    }

    private static void assertSecurityHeaders(String path, HttpHeaders headers) {
        assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValue(SecurityConfig.CONTENT_SECURITY_POLICY);
        assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("SAMEORIGIN");
        assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
    }
}
