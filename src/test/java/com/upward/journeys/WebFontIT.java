package com.upward.journeys;

import com.microsoft.playwright.Page;
import com.upward.testsupport.TestTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web font (issue 25, decision 028): names in Cyrillic, Greek and Latin Extended are drawn in the app's font like
 * the rest of the page, at desktop and at phone size.
 */
class WebFontIT extends JourneyTest {

    static final String FONT = "Inter Variable";

    private final String key = "FONT" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();

    @AfterEach
    void removeJourneyEmployees() {
        journeyJdbc.update("delete from employee where employee_number like ?", key + "-%");
    }

    @Test
    void namesInCyrillicGreekAndLatinExtendedAreDrawnInTheAppsFont() {
        var now = TestTime.utcNow();
        String[][] people = {
                {"Анна", "Кузнецова", "Product Manager", "Europe/Moscow"},
                {"Ελένη", "Παπαδοπούλου", "Data Engineer", "Europe/Athens"},
                {"Łucja", "Dvořák", "Staff Designer", "Europe/Prague"},
                {"Oliver", "Hughes", "Engineering Manager", "Europe/London"}};
        for (int i = 0; i < people.length; i++) {
            journeyJdbc.update("insert into employee (version, employee_number, first_name, last_name, email,"
                    + " department, job_title, job_level, location, time_zone, active, created_at, updated_at)"
                    + " values (0, ?, ?, ?, ?, 'Engineering', ?, 4, 'Berlin', ?, true, ?, ?)",
                    key + "-" + i, people[i][0], people[i][1], key.toLowerCase() + i + "@upward.example",
                    people[i][2], people[i][3], now, now);
        }
        Page page = signedIn("hr");
        for (var size : List.of(new int[] {1366, 860, 0}, new int[] {390, 844, 1})) {
            page.setViewportSize(size[0], size[1]);
            page.navigate(url("employees"));
            var table = page.locator("upward-table");
            assertThat(table.locator("tbody tr").first()).isVisible();
            page.getByLabel("Search employees").fill(key);
            assertThat(table.locator("tbody tr")).hasCount(people.length);
            for (String[] person : people) {
                assertThat(table.getByText(person[0] + " " + person[1])).isVisible();
            }
            // each script's file of the font was fetched (a face loads only for characters in its range) and used
            page.waitForFunction("""
                    family => ['U+400-45F', 'U+370-377', 'U+100-2BA', 'U+0-FF'].every(range => [...document.fonts]
                        .some(f => f.family.replaceAll('"', '') === family && f.unicodeRange.includes(range)
                            && f.status === 'loaded'))""", FONT);
            for (String text : List.of("Анна Кузнецова", "Ελένη Παπαδοπούλου", "Łucja Dvořák")) {
                assertThat((Boolean) page.evaluate("([family, text]) => document.fonts.check('16px \"' + family"
                        + " + '\"', text)", List.of(FONT, text))).as(text).isTrue();
            }
            assertThat((String) page.evaluate("() => getComputedStyle(document.body).fontFamily"))
                    .startsWith("\"" + FONT + "\"");
            assertThat((String) table.getByText("Анна Кузнецова").evaluate("el => getComputedStyle(el).fontFamily"))
                    .startsWith("\"" + FONT + "\"");
            BrowserSession.screenshot(page, "directory-scripts-" + (size[2] == 0 ? "desktop" : "phone"));
        }
        page.context().close();
    }
}
