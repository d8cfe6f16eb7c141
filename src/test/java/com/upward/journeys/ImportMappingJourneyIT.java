package com.upward.journeys;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * HR imports a Workday-style export: its columns have other names and its lists use "; ". HR maps the seven columns
 * the names do not give away, chooses the separator, saves the mapping as "Workday export" and imports; the next
 * file of the same kind is imported by choosing the saved mapping.
 */
class ImportMappingJourneyIT extends JourneyTest {

    private static final LocatorAssertions.IsVisibleOptions SLOW =
            new LocatorAssertions.IsVisibleOptions().setTimeout(30_000);
    private final String key = "WD" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();

    @AfterEach
    void removeJourneyEmployees() {
        journeyJdbc.update("update employee set manager_id = null where employee_number like ?", key + "-%");
        journeyJdbc.update("delete from employee where employee_number like ?", key + "-%");
        journeyJdbc.update("delete from import_mapping_preset where name = 'Workday export'");
    }

    private String workday(String secondTitle) {
        String k = key.toLowerCase();
        return "Employee ID,Legal First Name,Legal Last Name,Work Email,Supervisory Organization,Business Title,"
                + "Management Level,Work Location,Time Zone,Supervisor Employee ID,Skills,Cost Center\n"
                + key + "-1,Ada,Lovelace," + k + "-1@example.com,Engineering,Principal Engineer,8,London,"
                + "Europe/London,,Java; Mentoring,CC-7\n"
                + key + "-2,Grace,Hopper," + k + "-2@example.com,Engineering," + secondTitle + ",5,New York,"
                + "America/New_York," + key + "-1,COBOL; Compilers,CC-7\n";
    }

    private static void upload(Page page, String name, String csv) {
        page.locator("vaadin-upload input[type=file]").setInputFiles(
                new FilePayload(name, "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
    }

    private static void choose(Page page, String field, String option) {
        page.getByLabel(field, new Page.GetByLabelOptions().setExact(true)).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option)).click();
    }

    @Test
    void aWorkdayExportIsMappedSavedAndImportedTwice() {
        Page page = signedIn("hr");
        page.navigate(url("employees/import"));
        upload(page, "workday.csv", workday("Engineer"));
        assertThat(page.getByText("Your file's columns are not the template's.",
                new Page.GetByTextOptions().setExact(false))).isVisible(SLOW);

        choose(page, "first_name", "Legal First Name · e.g. Ada, Grace");
        choose(page, "last_name", "Legal Last Name · e.g. Lovelace, Hopper");
        choose(page, "department", "Supervisory Organization · e.g. Engineering");
        choose(page, "job_title", "Business Title · e.g. Principal Engineer, Engineer");
        choose(page, "job_level", "Management Level · e.g. 8, 5");
        choose(page, "location", "Work Location · e.g. London, New York");
        // the manager column first left out: a warning, not just a mention among the ignored columns
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the file with these columns"))
                .click();
        assertThat(page.getByText("No column is used for manager_employee_number",
                new Page.GetByTextOptions().setExact(false))).isVisible(SLOW);
        assertThat(page.getByText("2 cells of skills contain \";\"", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        BrowserSession.screenshot(page, "import-mapping-warnings");

        choose(page, "manager_employee_number", "Supervisor Employee ID · e.g. " + key + "-1");
        choose(page, "Values inside skills, interests and languages cells are separated by", "; (semicolon)");
        page.getByLabel("Save these columns as").fill("Workday export");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save mapping")).click();
        assertThat(page.getByText("Mapping saved as \"Workday export\".")).isVisible();
        assertThat(page.getByLabel("Saved mappings", new Page.GetByLabelOptions().setExact(true)))
                .containsText("Workday export");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the file with these columns"))
                .click();
        assertThat(page.getByText("All 2 rows are valid.", new Page.GetByTextOptions().setExact(false)))
                .isVisible(SLOW);
        assertThat(page.locator(".import-warnings")).isHidden();
        BrowserSession.screenshot(page, "import-mapping");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm import")).click();
        assertThat(page.getByText("Imported: 2 new, 0 updated, 0 deactivated.").first()).isVisible(SLOW);

        // the next export: the saved mapping fills in the columns
        page.navigate(url("employees/import"));
        upload(page, "workday-next.csv", workday("Senior Engineer"));
        assertThat(page.getByText("Your file's columns are not the template's.",
                new Page.GetByTextOptions().setExact(false))).isVisible(SLOW);
        choose(page, "Saved mappings", "Workday export");
        assertThat(page.getByText("The columns of \"Workday export\" are chosen.")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the file with these columns"))
                .click();
        assertThat(page.getByText("All 2 rows are valid.", new Page.GetByTextOptions().setExact(false)))
                .isVisible(SLOW);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm import")).click();
        assertThat(page.getByText("Imported: 0 new, 1 updated, 0 deactivated.").first()).isVisible(SLOW);
        assertThat(journeyJdbc.queryForObject("select job_title from employee where employee_number = ?",
                String.class, key + "-2")).isEqualTo("Senior Engineer");
        assertThat(journeyJdbc.queryForObject("select count(*) from employee_skill s join employee e"
                + " on e.id = s.employee_id where e.employee_number = ?", Long.class, key + "-1")).isEqualTo(2);
        page.context().close();
    }
}
