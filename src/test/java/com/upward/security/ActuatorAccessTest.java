package com.upward.security;

import com.upward.base.Role;

import com.upward.security.internal.SignInThrottle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.http.HttpRequest;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21, finding 1: no password is ever checked on /actuator. HTTP Basic signs nobody in (so it can be neither
 * a way round the sign-in throttle nor a yes/no oracle for guesses), the metrics need an administrator who signed
 * in through the login page, and Prometheus reads its endpoint with a token of its own.
 */
class ActuatorAccessTest extends RunningServerTest {

    @Autowired
    SignInThrottle throttle;

    @Test
    void basicCredentialsSignNobodyInWhateverThePassword() throws Exception {
        String admin = account(Role.ADMIN);
        String hr = account(Role.HR);
        var client = browser();
        for (String path : List.of("actuator/metrics", "actuator/prometheus", "actuator/health")) {
            for (String authorization : List.of(basic(admin, PASSWORD), basic(hr, PASSWORD), basic(admin, "wrong"))) {
                var response = get(client, path, "Authorization", authorization);
                if (path.equals("actuator/health")) {
                    assertThat(response.body()).as(path + " details").doesNotContain("\"db\"");
                } else {
                    // the same answer for a right and a wrong password: nothing to learn from it
                    assertThat(response.statusCode()).as(path + " with " + authorization).isEqualTo(401);
                }
            }
        }
    }

    @Test
    void basicGuessesNeitherCountNorClearTheSignInFailures() throws Exception {
        String admin = account(Role.ADMIN);
        throttle.recordFailure(admin, "192.0.2.10");
        var client = browser();
        get(client, "actuator/metrics", "Authorization", basic(admin, PASSWORD));
        assertThat(failures(admin)).as("after the right password: still the login form's one failure").isOne();
        get(client, "actuator/metrics", "Authorization", basic(admin, "wrong"));
        assertThat(failures(admin)).as("after a wrong password: still one").isOne();
    }

    private long failures(String username) {
        return jdbc.queryForObject("select count(*) from sign_in_failure where username = ?", Long.class, username);
    }

    @Test
    void theMetricsAreForAnAdministratorSignedInThroughTheLoginPage() throws Exception {
        var anonymous = browser();
        assertThat(get(anonymous, "actuator/metrics").statusCode()).isEqualTo(401);
        assertThat(get(anonymous, "actuator/health").statusCode()).isEqualTo(200);
        assertThat(get(anonymous, "actuator/info").statusCode()).isEqualTo(200);

        var hr = browser();
        assertThat(signedIn(signInThroughTheLoginPage(hr, account(Role.HR), PASSWORD))).isTrue();
        assertThat(get(hr, "actuator/metrics").statusCode()).isEqualTo(403);

        var admin = browser();
        assertThat(signedIn(signInThroughTheLoginPage(admin, account(Role.ADMIN), PASSWORD))).isTrue();
        var metrics = get(admin, "actuator/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm.memory.used");
        assertThat(get(admin, "actuator/health").body()).contains("\"db\"");
        // not exposed: outside the actuator chain, just an unknown page
        assertThat(get(admin, "actuator/env").body()).doesNotContain("propertySources");
    }

    @Test
    void prometheusScrapesWithItsTokenNotWithAPersonsPassword() throws Exception {
        var scraper = browser();
        var scrape = get(scraper, "actuator/prometheus", "Authorization", "Bearer " + METRICS_TOKEN);
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("jvm_memory_used_bytes", "hikaricp_connections");
        assertThat(scrape.headers().firstValue("Set-Cookie")).as("no session for a scrape").isEmpty();

        assertThat(get(scraper, "actuator/prometheus").statusCode()).isEqualTo(401);
        assertThat(get(scraper, "actuator/prometheus", "Authorization", "Bearer " + METRICS_TOKEN + "x")
                .statusCode()).isEqualTo(401);
        // the token opens Prometheus only
        assertThat(get(scraper, "actuator/metrics", "Authorization", "Bearer " + METRICS_TOKEN).statusCode())
                .isEqualTo(401);
    }

    @Test
    void aWrongScrapeTokenIsNotASignInFailure() throws Exception {
        var scraper = browser();
        send(scraper, HttpRequest.newBuilder(uri("actuator/prometheus")).header("Authorization", "Bearer nope"));
        assertThat(jdbc.queryForObject("select count(*) from sign_in_failure", Long.class)).isZero();
    }
}
