package com.upward.journeys;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Each role's home page in real Chromium: the executive's figures and trend chart (drawn on a canvas by Chart.js),
 * HR's at-risk pairs and cohort health, the mentee's next check-in. Screenshots go to target/screenshots/.
 */
class DashboardsJourneyIT extends JourneyTest {

    @Test
    void eachRoleSeesItsOwnDashboard() {
        Page exec = signedIn("exec");
        assertThat(exec.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Is mentoring working?")))
                .isVisible();
        assertThat(exec.locator("upward-chart canvas").first()).isVisible();
        assertThat(exec.locator("upward-chart").first()).hasAttribute("aria-label",
                Pattern.compile("^Check-in completion by month for .+"));
        assertThat(exec.getByText("Download outcome report (PDF)").first()).isVisible();
        assertThat(exec.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Which pairs need you today?")))
                .hasCount(0);
        BrowserSession.screenshot(exec, "dashboard-executive");
        exec.context().close();

        Page hr = signedIn("hr");
        assertThat(hr.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Which pairs need you today?")))
                .isVisible();
        assertThat(hr.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nudge").setExact(false))
                .first()).isVisible();
        assertThat(hr.locator("upward-chart canvas").first()).isVisible();
        BrowserSession.screenshot(hr, "dashboard-hr");
        hr.context().close();

        Page mentee = signedIn("mentee");
        assertThat(mentee.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("What's next for you?")))
                .isVisible();
        assertThat(mentee.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Is mentoring working?")))
                .hasCount(0);
        BrowserSession.screenshot(mentee, "dashboard-employee");
        mentee.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("check-in").setExact(false)).first()
                .click();
        assertThat(mentee).hasURL(Pattern.compile(".*/checkins/\\d+$"));
        mentee.context().close();
    }
}
