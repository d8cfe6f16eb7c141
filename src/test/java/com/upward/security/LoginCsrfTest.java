package com.upward.security;

import com.upward.base.Role;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21, finding 7 (login CSRF): another site's page must not sign its visitor in to an account of the
 * attacker's choosing. The sign-in POST needs the CSRF token of the visitor's own login page, which the Vaadin
 * login form sends from the page's meta tags (SignInJourneyIT and SecurityIT sign in through it in Chromium).
 */
class LoginCsrfTest extends RunningServerTest {

    @Test
    void aSignInPostFromAnotherSiteSignsNobodyIn() throws Exception {
        String username = account(Role.EMPLOYEE);
        var victim = browser();
        var forged = send(victim, loginPost(Map.of("username", username, "password", PASSWORD))
                .header("Origin", "http://evil.example"));
        assertThat(signedIn(forged)).as("status %d, Location %s", forged.statusCode(),
                forged.headers().firstValue("Location").orElse("-")).isFalse();
        assertThat(get(victim, "").statusCode()).as("still signed out: the app sends to the login page")
                .isEqualTo(302);
    }

    @Test
    void aTokenFromAnotherSessionDoesNotCount() throws Exception {
        String username = account(Role.EMPLOYEE);
        var attacker = browser();
        var page = get(attacker, "login").body();
        String token = page.replaceAll("(?s).*<meta name=\"_csrf\" content=\"([^\"]*)\".*", "$1");
        var victim = browser();
        var forged = send(victim, loginPost(Map.of("username", username, "password", PASSWORD, "_csrf", token)));
        assertThat(signedIn(forged)).isFalse();
        assertThat(forged.headers().firstValue("Location")).as("back to the login page, which says why")
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?expired"));
    }

    @Test
    void theLoginPageSignsInWithItsOwnToken() throws Exception {
        var browser = browser();
        assertThat(signedIn(signInThroughTheLoginPage(browser, account(Role.EMPLOYEE), PASSWORD))).isTrue();
    }

    @Test
    void aWrongPasswordStillReturnsToTheLoginPageWithTheError() throws Exception {
        var response = signInThroughTheLoginPage(browser(), account(Role.EMPLOYEE), "wrong-password");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    }
}
