package com.upward.journeys;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.upward.security.AccessMatrix;
import com.upward.security.AccessMatrix.Who;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Each demo role signs in through the real login page, sees its own menu, and signs out. */
class SignInJourneyIT extends JourneyTest {

    @ParameterizedTest(name = "{0} signs in, sees their menu, signs out")
    @EnumSource(value = Who.class, names = "ANONYMOUS", mode = EnumSource.Mode.EXCLUDE)
    void signInSeeMenuSignOut(Who who) {
        Page page = browser.newPage();
        page.navigate(url(""));
        assertThat(page).hasURL(url("login"));
        // the app's own sign-in view, not Spring Security's generated page
        assertThat(page.locator("vaadin-login-form")).isVisible();
        assertThat(page.getByText("Please sign in")).hasCount(0);

        signIn(page, who.username, "upward");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome").setExact(false)))
                .isVisible();
        List<String> menu = page.locator("vaadin-side-nav-item").allInnerTexts().stream()
                .map(String::strip).toList();
        assertThat(menu).containsExactlyElementsOf(AccessMatrix.MENUS.get(who));
        BrowserSession.screenshot(page, "home-" + who.name().toLowerCase());

        page.locator("vaadin-menu-bar-button").first().click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page).hasURL(url("login"));
        page.navigate(url(""));
        assertThat(page).hasURL(url("login"));
        page.context().close();
    }

    @Test
    void wrongPasswordShowsOneClearMessage() {
        Page page = browser.newPage();
        page.navigate(url("login"));
        signIn(page, "hr", "not-the-password");
        assertThat(page).hasURL(url("login?error"));
        assertThat(page.getByText("Incorrect username or password")).isVisible();
        BrowserSession.screenshot(page, "login-error");
        page.context().close();
    }

    @Test
    void unknownAndForbiddenPagesExplainThemselves() {
        Page page = browser.newPage();
        page.navigate(url("login"));
        signIn(page, "mentee", "upward");
        assertThat(page.getByText("My mentoring")).isVisible();

        page.navigate(url("no-such-page"));
        assertThat(page.getByText("We couldn't find that page")).isVisible();
        BrowserSession.screenshot(page, "not-found");

        page.navigate(url("users"));
        assertThat(page.getByText("Users")).not().isVisible();
        assertThat(page.locator(".error-page")).isVisible();
        BrowserSession.screenshot(page, "refused");
        page.context().close();
    }

    @Test
    void hrSearchesTheDirectoryAndAdminSeesAccounts() {
        Page page = browser.newPage();
        page.navigate(url("login"));
        signIn(page, "hr", "upward");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Employees")).click();
        assertThat(page).hasURL(url("employees"));
        page.getByLabel("Search employees").fill("Ødegård");
        assertThat(page.locator("upward-table").getByText("Zoë Ødegård")).isVisible();
        assertThat(page.locator("upward-table").getByText("Łukasz Wiśniewski")).not().isVisible();
        BrowserSession.screenshot(page, "employees-search");
        page.context().close();

        page = browser.newPage();
        page.navigate(url("login"));
        signIn(page, "admin", "upward");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("User accounts")).click();
        assertThat(page.locator("vaadin-grid-cell-content").getByText("admin", new Locator.GetByTextOptions()
                .setExact(true))).isVisible();
        BrowserSession.screenshot(page, "user-accounts");
        page.context().close();
    }

}
