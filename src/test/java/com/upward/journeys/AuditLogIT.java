package com.upward.journeys;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The audit log in the viewer's time zone (issue 24): the demo administrator has no employee record, so the log
 * shows times in the zone their browser reports, names it, and lists their own sign-in at that local time.
 */
class AuditLogIT extends JourneyTest {

    @Test
    void anAdministratorInAucklandReadsTheirSignInInAucklandTime() {
        Page admin = browser.newPage("Pacific/Auckland");
        signIn(admin, "admin", DEMO_PASSWORD);
        assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome")
                .setExact(false))).isVisible();
        LocalDateTime signedInUtc = journeyJdbc.queryForObject("""
                select max(occurred_at) from audit_event where actor = 'admin' and action = 'LOGIN'""",
                LocalDateTime.class);
        String local = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
                .format(signedInUtc.atOffset(ZoneOffset.UTC).atZoneSameInstant(ZoneId.of("Pacific/Auckland")));

        admin.navigate(url("audit"));
        assertThat(admin.getByText("Time (Pacific/Auckland)")).isVisible();
        assertThat(admin.locator("vaadin-grid-cell-content").getByText(local).first()).isVisible();
        BrowserSession.screenshot(admin, "audit-log-in-auckland");
        admin.context().close();
    }
}
