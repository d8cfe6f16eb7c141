package com.upward.journeys;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A user journey in real Chromium against the whole app on a random port, with the demo data loaded. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class JourneyTest {

    static final String DEMO_PASSWORD = "upward";

    static BrowserSession browser;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate journeyJdbc;

    @BeforeAll
    static void startBrowser() {
        browser = new BrowserSession();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    /**
     * Every browser here signs in from 127.0.0.1, so failed sign-ins of earlier journeys would add up to the
     * per-address throttle (5 in 15 minutes): each journey starts with none.
     */
    @BeforeEach
    void forgetFailedSignIns() {
        journeyJdbc.update("delete from sign_in_failure");
    }

    static final String SETTLED_FORM = "#outlet vaadin-login-form";

    /** The message beside a field (Vaadin also repeats it in a screen-reader live region). */
    static Locator fieldError(Page page, String message) {
        return page.locator("[slot='error-message']").getByText(message, new Locator.GetByTextOptions().setExact(true));
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /**
     * Fills and sends the sign-in form; says nothing about the outcome. It waits until the page has settled, so
     * that a journey's outcome never depends on how fast the page loads; {@link EarlyInputIT} types straight away.
     */
    void signIn(Page page, String username, String password) {
        page.navigate(url("login"));
        page.locator(SETTLED_FORM).waitFor();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    /** A new browser context signed in as a demo account, on its home page. */
    Page signedIn(String username) {
        Page page = browser.newPage();
        signIn(page, username, DEMO_PASSWORD);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome").setExact(false)))
                .isVisible();
        return page;
    }
}
