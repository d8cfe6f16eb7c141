package com.upward.journeys;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The directory's filters in Chromium: a combo box and a drop-down of fixed options narrow the grid. */
class DirectoryFiltersIT extends JourneyTest {

    @Test
    void hrNarrowsTheDirectoryByDepartmentAndStatusAndClearsTheFilters() {
        long all = journeyJdbc.queryForObject("select count(*) from employee", Long.class);
        long engineering = journeyJdbc.queryForObject(
                "select count(*) from employee where department = 'Engineering'", Long.class);
        long inactiveEngineering = journeyJdbc.queryForObject(
                "select count(*) from employee where department = 'Engineering' and active = false", Long.class);
        Page hr = signedIn("hr");
        hr.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Employees")).click();
        var count = hr.locator(".result-count");
        assertThat(count).hasText(String.format("%,d employees", all));

        hr.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Department")).fill("Engin");
        hr.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Engineering")).click();
        assertThat(count).hasText(String.format("%,d employees", engineering));

        hr.locator(".directory-filters vaadin-select").click();
        hr.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Inactive")).click();
        assertThat(count).hasText(String.format("%,d %s", inactiveEngineering,
                inactiveEngineering == 1 ? "employee" : "employees"));
        BrowserSession.screenshot(hr, "directory-filtered");

        hr.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Clear filters")).click();
        assertThat(count).hasText(String.format("%,d employees", all));
        hr.context().close();
    }
}
