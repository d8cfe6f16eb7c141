package com.upward.journeys;

import com.upward.testsupport.TestTime;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** An executive opens Reports, previews the program outcome report and downloads it: a valid PDF of the program. */
class ReportsJourneyIT extends JourneyTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anExecutiveDownloadsTheProgramOutcomePdf() throws Exception {
        Page exec = signedIn("exec");
        exec.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reports")).click();
        assertThat(exec).hasURL(url("reports"));
        String program = jdbc.queryForObject("""
                select min(p.name) from program p join cohort c on c.program_id = p.id
                where c.status in ('ACTIVE', 'COMPLETED', 'ARCHIVED')""", String.class);

        exec.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Generate report")).click();
        assertThat(exec.getByText("Upward outcome report - " + program + " - " + TestTime.today() + ".pdf"))
                .isVisible();
        assertThat(exec.locator("iframe.report-preview")).isVisible();
        // the first report compiles its templates: slow on a busy CI machine
        assertThat(exec.getByText("Generating the report…")).isHidden(
                new LocatorAssertions.IsHiddenOptions().setTimeout(60_000));
        BrowserSession.screenshot(exec, "reports-preview");

        Download download = exec.waitForDownload(() -> exec.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Download Upward outcome report").setExact(false)).click());
        assertThat(download.suggestedFilename()).isEqualTo("Upward outcome report - " + program + " - "
                + TestTime.today() + ".pdf");
        Path file = Path.of("target", "screenshots", "downloaded-outcome-report.pdf");
        Files.createDirectories(file.getParent());
        download.saveAs(file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            assertThat(new PDFTextStripper().getText(pdf)).contains(program).contains("Key figures");
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'REPORT' and actor = 'exec'",
                Integer.class)).isGreaterThanOrEqualTo(2);
        exec.context().close();
    }
}
