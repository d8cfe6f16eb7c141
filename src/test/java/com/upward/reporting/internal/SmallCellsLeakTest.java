package com.upward.reporting.internal;

import com.upward.program.ProgramTestData;
import com.upward.reporting.MetricsFixture;
import com.upward.reporting.ReportRequester;
import com.upward.reporting.ReportingService;
import com.upward.testsupport.SmallCounts;
import com.upward.testsupport.TestTime;
import org.apache.pdfbox.Loader;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21, "small cells that still leak": the program outcome PDF of the small cohort (6 mentees, 3 mentors) read
 * back with PDFBox, number by number. No printed count is 1–4, nothing hidden can be worked out from a total, the
 * hidden cells say what is hidden, and a chart with nothing to show says why. The PDF is kept in target/reports/.
 */
@SpringBootTest
@Tag("db")
@Transactional
class SmallCellsLeakTest {

    @Autowired
    ProgramOutcomePdf outcomePdf;
    @Autowired
    ReportingService reporting;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProgramTestData data;

    List<String> smallCohortPdf() throws IOException {
        var fixture = MetricsFixture.smallCells(data, jdbc);
        data.signIn("exec");
        var out = new ByteArrayOutputStream();
        reporting.writeProgramOutcomePdf(fixture.scope(), new ReportRequester(Locale.ENGLISH, TestTime.zone()), out);
        Path file = Path.of("target", "reports", "outcome-small-cells.pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, out.toByteArray());
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            return ProgramOutcomePdfTest.pages(pdf);
        }
    }

    /**
     * The pages with figures: the summary, the key figures, the charts, the cohorts and the departments (not the
     * definitions).
     */
    static String figurePages(List<String> pages) {
        String all = String.join("\n", pages);
        return all.substring(0, all.indexOf("\nDefinitions"));
    }

    /** What the template receives (the charts are pictures in the PDF, so their rows are read here). */
    Map<String, Object> rendererInput(MetricsFixture fixture) {
        return outcomePdf.parameters(reporting.programOutcome(fixture.scope()), ProgramOutcomePdfTest.ENGLISH);
    }

    @Test
    void noPrintedCountIsBetweenOneAndFour() throws IOException {
        String figures = figurePages(smallCohortPdf());
        List<String> small = figures.lines()
                // the page header and footer: the program, the period and "Page 2 of 4"
                .filter(line -> !line.contains("Outcome report") && !line.contains("generated "))
                // the summary's fixed legend: "a change under 2 percentage points, 2 NPS points" are thresholds
                .filter(line -> !line.contains("a change under 2") && !line.contains("percentage points, 2 NPS"))
                .filter(line -> !SmallCounts.in(line).isEmpty()).toList();
        assertThat(small).as("lines printing a count of 1–4").isEmpty();
    }

    @Test
    void noCellHandedToTheRendererCountsOneToFourPeople() {
        var fixture = MetricsFixture.smallCells(data, jdbc);
        data.signIn("exec");
        Map<String, Object> input = rendererInput(fixture);
        List<Object> cells = new ArrayList<>();
        input.forEach((key, value) -> {
            if (value instanceof JRMapCollectionDataSource rows) {
                rows.getData().forEach(row -> cells.addAll(row.values()));
            } else if (key.startsWith("kpi") || key.endsWith("Note") || key.endsWith("Title")) {
                cells.add(value);
            }
        });
        ProgramOutcomePdf.cohortRows(reporting.programOutcome(fixture.scope()).cohorts(), ProgramOutcomePdfTest.ENGLISH)
                .forEach(row -> cells.addAll(row.values()));
        assertThat(cells).isNotEmpty().allSatisfy(cell -> {
            if (cell instanceof Long || cell instanceof Integer) {
                assertThat(((Number) cell).longValue()).as("a count handed to the renderer")
                        .satisfiesAnyOf(n -> assertThat(n).isZero(), n -> assertThat(n).isGreaterThanOrEqualTo(5));
            } else if (cell instanceof String text) {
                assertThat(smallCounts(text)).as("small counts in \"%s\"", text).isEmpty();
            }
        });
    }

    @Test
    void theNpsLegendPrintsNoSmallGroupAndTheChartSaysWhy() {
        var fixture = MetricsFixture.smallCells(data, jdbc);
        data.signIn("exec");
        Map<String, Object> input = rendererInput(fixture);
        // 3 promoters, 1 passive, 2 detractors: six answers, but every group is a small cell
        assertThat(rows(input, "npsData")).isEmpty();
        assertThat(input).containsEntry("showNps", false).containsEntry("npsNote",
                "NPS: a group of answers covers fewer than 5 people, so the breakdown is not shown.");
    }

    @Test
    void theGrowthBarsEachCoverAtLeastFivePeople() {
        var fixture = MetricsFixture.smallCells(data, jdbc);
        data.signIn("exec");
        // 1 mentee at 0, 2 at +0.5, 3 at +1.0: one bar for all six
        assertThat(rows(rendererInput(fixture), "growthData"))
                .containsExactly(Map.of("label", "+0.0 to +1.0", "count", 6L));
    }

    @Test
    void participantsAreHiddenWhereTheyWouldRevealTheMentors() throws IOException {
        List<String> pages = smallCohortPdf();
        String figures = figurePages(pages);
        assertThat(ProgramOutcomePdfTest.compact(figures)).contains("Participants6mentees,fewerthan5mentors");
        List<String> lines = figures.lines().toList();
        int cohortHeader = lines.indexOf(lines.stream().filter(l -> l.startsWith("Participants Match rate"))
                .findFirst().orElseThrow());
        // the cells wrap ("fewer than 5 / people"), so the block up to the second row of cells is read as one
        String cohortCells = ProgramOutcomePdfTest.compact(String.join("", lines.subList(cohortHeader + 1,
                lines.indexOf(lines.stream().filter(l -> l.startsWith("Bounce-back") && l.contains("Growth delta")).findFirst().orElseThrow()))));
        assertThat(cohortCells).as("the cohort's participants (9 = 6 mentees + 3 mentors)")
                .startsWith("fewerthan5").doesNotContain("9");
        // the department table: Finance (1) hidden, so Sales (5) is too, as 6 mentees − 5 would give it away
        assertThat(figures).containsPattern("Finance\\s+fewer than 5 people")
                .containsPattern("Sales\\s+fewer than 5 people");
    }

    @Test
    void hiddenCellsSayWhatIsHidden() throws IOException {
        String figures = figurePages(smallCohortPdf());
        assertThat(figures).doesNotContain("< 5").doesNotContain("<5").contains("fewer than 5 people");
    }

    @Test
    void aChartWithEverythingHiddenSaysWhy() throws IOException {
        String all = String.join("\n", smallCohortPdf()).replaceAll("\\s+", " ");
        assertThat(all).contains("Goals by type: each goal type covers fewer than 5 people, so the chart is not shown.")
                .contains("Check-in completion: no check-ins were due in the period.")
                .contains("NPS: a group of answers covers fewer than 5 people, so the breakdown is not shown.");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, ?>> rows(Map<String, Object> input, String name) {
        return new ArrayList<>(((JRMapCollectionDataSource) input.get(name)).getData());
    }

    static List<String> smallCounts(String text) {
        return SmallCounts.in(text);
    }
}
