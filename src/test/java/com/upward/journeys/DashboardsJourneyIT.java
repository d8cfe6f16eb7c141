package com.upward.journeys;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

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

        // every program's link goes to one download, which serves the report of the program it names
        var link = exec.locator("a.download-outcome").first();
        String program = link.getAttribute("aria-label").replace("Download the outcome report of ", "");
        Download download = exec.waitForDownload(link::click);
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).startsWith("Upward outcome report - " + program + " - ");
        Path file = Path.of("target", "screenshots", "downloaded-home-outcome-report.pdf");
        download.saveAs(file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            org.assertj.core.api.Assertions.assertThat(new PDFTextStripper().getText(pdf)).contains(program)
                    .contains("Key figures");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String href = link.getAttribute("href");
        var unknown = exec.request().get(url(href.substring(0, href.indexOf('?')) + "?program=999999999"));
        org.assertj.core.api.Assertions.assertThat(unknown.status()).isEqualTo(404);
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

        // the home page and the lessons journal show the same "celebrate" figures (issue 24: one definition)
        mentee.navigate(url(""));
        String wins = tileFigure(mentee, "Wins written down");
        String streak = tileFigure(mentee, "On-time check-ins in a row");
        mentee.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lessons journal")).click();
        assertThat(mentee).hasURL(url("journal"));
        assertThat(tileFigure(mentee, "Wins written down")).isEqualTo(wins);
        assertThat(tileFigure(mentee, "On-time check-ins in a row")).isEqualTo(streak);
        mentee.context().close();
    }

    /** The figure of the KPI tile with this label ("Wins written down: 8" is the tile's accessible name). */
    private static String tileFigure(Page page, String label) {
        var tile = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(label + ":"));
        assertThat(tile).isVisible();
        return tile.getAttribute("aria-label").substring(label.length() + 2);
    }

    /**
     * The page follows the system's colour scheme: switched to dark, Aura's background turns dark and every chart
     * redraws with the light text of the dark palette; back to light, the reverse.
     */
    @Test
    void chartsFollowTheLightAndDarkColourScheme() {
        Page exec = signedIn("exec");
        assertThat(exec.locator("upward-chart canvas").first()).isVisible();
        exec.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
        double lightText = luminance(chartTextColour(exec));
        double lightPage = luminance(pageBackground(exec));

        String before = chartTextColour(exec);
        exec.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
        exec.waitForFunction("t => document.querySelector('upward-chart').chart.options.scales.x.ticks.color !== t",
                before);
        double darkText = luminance(chartTextColour(exec));
        double darkPage = luminance(pageBackground(exec));
        BrowserSession.screenshot(exec, "dashboard-executive-dark");

        org.assertj.core.api.Assertions.assertThat(lightPage).as("light page background").isGreaterThan(0.7);
        org.assertj.core.api.Assertions.assertThat(lightText).as("light chart text").isLessThan(0.4);
        org.assertj.core.api.Assertions.assertThat(darkPage).as("dark page background").isLessThan(0.3);
        org.assertj.core.api.Assertions.assertThat(darkText).as("dark chart text").isGreaterThan(0.5);
        exec.context().close();
    }

    private static String chartTextColour(Page page) {
        return (String) page.evaluate("() => document.querySelector('upward-chart').chart.options.scales.x.ticks.color");
    }

    private static String pageBackground(Page page) {
        return (String) page.evaluate(
                "() => document.querySelector('upward-chart').resolve('var(--aura-background-color)')");
    }

    /** Relative lightness 0–1 of an "rgb(r, g, b)" or "rgba(…)" string, by the sRGB channel average. */
    private static double luminance(String rgb) {
        Matcher m = Pattern.compile("rgba?\\((\\d+),\\s*(\\d+),\\s*(\\d+)").matcher(rgb);
        org.assertj.core.api.Assertions.assertThat(m.find()).as("an rgb colour: " + rgb).isTrue();
        return (0.2126 * Integer.parseInt(m.group(1)) + 0.7152 * Integer.parseInt(m.group(2))
                + 0.0722 * Integer.parseInt(m.group(3))) / 255;
    }
}
