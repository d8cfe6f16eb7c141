package com.upward.journeys;

import com.upward.testsupport.TestTime;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import org.junit.jupiter.api.AfterEach;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * HR imports a directory file: a file with a rejected row cannot be confirmed; the corrected file is confirmed and
 * the new employees appear in the directory. Uses its own employee numbers, so it leaves the demo data alone.
 */
class DirectoryImportIT extends JourneyTest {

    private static final String HEADER = "employee_number;first_name;last_name;email;department;job_title;job_level;"
            + "location;time_zone;manager_employee_number;skills\n";
    private static final LocatorAssertions.IsVisibleOptions SLOW =
            new LocatorAssertions.IsVisibleOptions().setTimeout(30_000);

    @Autowired
    JdbcTemplate jdbc;

    private final String key = "J" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();

    @BeforeEach
    void existingEmployee() {
        var now = TestTime.utcNow();
        jdbc.update("insert into employee (version, employee_number, first_name, last_name, email, department,"
                + " job_title, job_level, location, time_zone, active, created_at, updated_at)"
                + " values (0, ?, 'Ines', 'Existing', ?, 'Design', 'Designer', 4, 'Lisbon', 'Europe/Lisbon', true, ?, ?)",
                number(1), email(1), now, now);
    }

    @AfterEach
    void removeJourneyEmployees() {
        jdbc.update("update employee set manager_id = null where employee_number like ?", key + "-%");
        jdbc.update("delete from employee where employee_number like ?", key + "-%");
    }

    @Test
    void hrImportsAFileFixesARejectedRowAndSeesTheNewEmployees() {
        Page page = signedIn("hr");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Employees")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
        assertThat(page).hasURL(url("employees/import"));

        String updated = number(1) + ";Ines;Existing;" + email(1) + ";Design;Lead Designer;6;Lisbon;Europe/Lisbon;;figma\n";
        String lead = number(2) + ";Nadia;Journey;" + email(2) + ";Design;Design Manager;7;Lisbon;Europe/Lisbon;;\n";
        String broken = number(3) + ";Omar;Journey;not-an-email;Design;Designer;3;Lisbon;Europe/Lisbon;" + number(2)
                + ";\"figma|user research\"\n";
        upload(page, "directory-with-error.csv", HEADER + updated + lead + broken);

        // checking runs in the background; the first check on a cold server may take a few seconds
        assertThat(page.getByText("1 row is rejected. Nothing is imported")).isVisible(SLOW);
        Locator confirm = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm import"));
        assertThat(confirm).isDisabled();
        assertThat(page.locator(".import-summary")).containsText("1New");
        Locator problems = page.locator("vaadin-grid.import-problems");
        assertThat(problems.locator("vaadin-grid-cell-content").getByText("Not a valid email address.")).isVisible();
        BrowserSession.screenshot(page, "import-preview-rejected");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start over")).click();
        // the answer to Start over also clears the upload's file list: a file chosen before it arrives is dropped
        assertThat(page.getByText("1 row is rejected. Nothing is imported")).isHidden();
        String fixed = broken.replace("not-an-email", email(3));
        upload(page, "directory-fixed.csv", HEADER + updated + lead + fixed);

        assertThat(page.getByText("All 3 rows are valid.")).isVisible(SLOW);
        assertThat(page.locator(".import-summary")).containsText("2New");
        assertThat(page.locator(".import-summary")).containsText("1Updated");
        assertThat(confirm).isEnabled();
        BrowserSession.screenshot(page, "import-preview-valid");
        confirm.click();

        assertThat(page.getByText("Imported: 2 new, 1 updated, 0 deactivated.").first()).isVisible(SLOW);
        BrowserSession.screenshot(page, "import-done");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show employees")).click();
        assertThat(page).hasURL(url("employees"));
        page.getByLabel("Search employees").fill(key);
        Locator cells = page.locator("upward-table");
        assertThat(cells.getByText("Nadia Journey")).isVisible();
        assertThat(cells.getByText("Omar Journey")).isVisible();
        assertThat(cells.getByText("Lead Designer")).isVisible();
        assertThat(page.getByText("3 employees")).isVisible();
        BrowserSession.screenshot(page, "employees-after-import");

        cells.getByText("Omar Journey").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByText("Edit Omar Journey")).isVisible();
        assertThat(dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Manager")))
                .hasValue("Nadia Journey (" + number(2) + "), Design Manager");
        BrowserSession.screenshot(page, "employee-edit-dialog");
        page.context().close();
    }

    private static void upload(Page page, String name, String csv) {
        page.locator("vaadin-upload input[type=file]").setInputFiles(
                new FilePayload(name, "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
    }

    private String number(int n) {
        return key + "-" + n;
    }

    private String email(int n) {
        return key.toLowerCase() + "-" + n + "@journey.test";
    }

}
