package com.upward.journeys;

import com.microsoft.playwright.Locator;
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

    @Test
    void hrSortsPagesAndOpensAnEmployeeFromTheKeyboard() {
        long all = journeyJdbc.queryForObject("select count(*) from employee", Long.class);
        String topLevel = journeyJdbc.queryForObject("select concat(first_name, ' ', last_name) from employee"
                + " order by job_level desc, id limit 1", String.class);
        String secondPage = journeyJdbc.queryForObject("select concat(first_name, ' ', last_name) from employee"
                + " order by last_name, first_name, id limit 1 offset 25", String.class);
        Page hr = signedIn("hr");
        hr.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Employees")).click();
        var table = hr.locator("upward-table");
        assertThat(table.getByText(String.format("1–25 of %,d", all))).isVisible();
        assertThat(table.locator("th[aria-sort='ascending']")).hasText("Name↑");

        hr.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next page")).click();
        assertThat(table.getByText(String.format("26–%d of %,d", Math.min(50, all), all))).isVisible();
        assertThat(table.locator("tbody tr").first().locator("td").nth(1)).hasText(secondPage);
        table.locator(".table-pager").scrollIntoViewIfNeeded();
        BrowserSession.screenshot(hr, "directory-second-page");

        var level = table.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Level"));
        level.focus();
        hr.keyboard().press("Enter");
        assertThat(table.locator("th[aria-sort='ascending']")).hasText("Level↑");
        hr.keyboard().press("Enter");
        assertThat(table.locator("th[aria-sort='descending']")).hasText("Level↓");
        assertThat(table.getByText(String.format("1–25 of %,d", all))).isVisible();
        BrowserSession.screenshot(hr, "directory-sorted");

        var first = table.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Edit " + topLevel));
        first.focus();
        hr.keyboard().press("Enter");
        assertThat(hr.getByRole(AriaRole.DIALOG).getByText("Edit " + topLevel)).isVisible();
        hr.context().close();
    }
}
