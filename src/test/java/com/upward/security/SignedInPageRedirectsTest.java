package com.upward.security;

import com.upward.base.Role;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page load that must go elsewhere is redirected before Vaadin renders the first view into the HTML (decision
 * 024): an account that must change its password to that page, the sign-in page of a signed-in person home.
 * AccountsIT walks the same in Chromium.
 */
class SignedInPageRedirectsTest extends RunningServerTest {

    private static final String[] PAGE = {"Accept", "text/html,application/xhtml+xml"};

    @Test
    void anAccountThatMustChangeItsPasswordLoadsNoOtherPage() throws Exception {
        String username = account(Role.EMPLOYEE);
        AppUser user = users.findByUsernameIgnoreCase(username).orElseThrow();
        user.setMustChangePassword(true);
        users.save(user);
        HttpClient browser = browser();
        assertThat(signedIn(signInThroughTheLoginPage(browser, username, PASSWORD))).isTrue();

        for (String page : new String[] {"", "profile", "goals", "no-such-page"}) {
            var response = get(browser, page, PAGE);
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(locationPath(response)).as(page).isEqualTo("/change-password");
        }
        assertThat(get(browser, "change-password", PAGE).statusCode()).isEqualTo(200);
        assertThat(get(browser, "VAADIN/build/no-such-file-0000.js").statusCode())
                .as("files are not pages: not redirected").isEqualTo(404);
    }

    @Test
    void anAccountInGoodStandingLoadsThePageItAsksFor() throws Exception {
        HttpClient browser = browser();
        assertThat(signedIn(signInThroughTheLoginPage(browser, account(Role.EMPLOYEE), PASSWORD))).isTrue();
        assertThat(get(browser, "profile", PAGE).statusCode()).isEqualTo(200);
        assertThat(get(browser, "change-password", PAGE).statusCode()).isEqualTo(200);
    }

    @Test
    void theSignInPageOfASignedInPersonIsTheHomePage() throws Exception {
        HttpClient browser = browser();
        assertThat(signedIn(signInThroughTheLoginPage(browser, account(Role.EMPLOYEE), PASSWORD))).isTrue();
        var response = get(browser, "login", PAGE);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(locationPath(response)).isEqualTo("/");
    }

    private static String locationPath(HttpResponse<String> response) {
        return URI.create(response.headers().firstValue("Location").orElseThrow()).getPath();
    }
}
