package com.upward.reporting.internal;

import com.upward.program.ProgramTestData;
import com.upward.reporting.CohortStatusQueries.PairEngagement;
import com.upward.reporting.MetricsFixture;
import com.upward.reporting.OutcomeMetrics;
import com.upward.reporting.ReportFormat;
import com.upward.reporting.ReportRequester;
import com.upward.reporting.ReportingService;
import com.upward.reporting.ReportingService.CohortStatusReport;
import com.upward.testsupport.TestTime;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import static com.upward.reporting.internal.ProgramOutcomePdfTest.compact;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports of a German reader in Auckland, read back with PDFBox and POI: German texts, numbers with a decimal
 * comma and "86 %", German dates, and the "generated" time in the reader's zone (not the server's), named. The files
 * are kept in target/reports/*-de.* to look at.
 */
@SpringBootTest
@Tag("db")
@Transactional
class ReportsInGermanTest {

    /** Far from the run's zone, so that a time in the wrong zone shows. */
    static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    static final ReportRequester GERMAN = new ReportRequester(Locale.GERMAN, AUCKLAND);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d. MMM yyyy", Locale.GERMAN);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d. MMM yyyy, HH:mm", Locale.GERMAN);
    /** Label on the German figures page → the key of {@link ProgramOutcomePdf#kpis}. */
    static final Map<String, String> LABELS = ProgramOutcomePdfTest.labels("Teilnehmende", "Zuordnungsquote",
            "Check-in-Quote", "Pünktlichkeitsquote", "Erreichte Lernziele", "Erreichte Ergebnisziele",
            "Failing-Forward-Quote", "Bounce-Back-Quote", "Wachstumsdelta", "Programm-NPS", "Beziehungsbewertung",
            "Gefährdete Paare", "Mentoren-Auslastung");

    @Autowired
    ReportingService reporting;
    @Autowired
    ProgramTestData data;
    @Autowired
    JdbcTemplate jdbc;

    /** A report written for the German reader, kept as a file, and the times it may say it was generated at. */
    record Generated(byte[] bytes, List<String> times) {
    }

    Generated generate(String keepAs, Consumer<OutputStream> writer) throws IOException {
        Instant before = TestTime.clock().instant();
        var out = new ByteArrayOutputStream();
        writer.accept(out);
        Instant after = TestTime.clock().instant();
        Path file = Path.of("target", "reports", keepAs);
        Files.createDirectories(file.getParent());
        Files.write(file, out.toByteArray());
        return new Generated(out.toByteArray(), List.of(inAuckland(before), inAuckland(after)));
    }

    static String inAuckland(Instant at) {
        return TIME.format(at.truncatedTo(ChronoUnit.MINUTES).atZone(AUCKLAND)) + " (Pacific/Auckland)";
    }

    static void assertGeneratedAt(String text, String prefix, Generated generated) {
        assertThat(generated.times()).as("generated in the reader's zone")
                .anySatisfy(time -> assertThat(compact(text)).contains(compact(prefix + time)));
    }

    @Test
    void theOutcomeReportSpeaksGermanWithDecimalCommasAndTheReadersTime() throws IOException {
        var fixture = new MetricsFixture(data, jdbc);
        fixture.previousPeriod();
        data.signIn("exec");
        OutcomeMetrics metrics = reporting.metrics(fixture.scope());
        Generated pdf = generate("outcome-fixture-de.pdf",
                out -> reporting.writeProgramOutcomePdf(fixture.scope(), GERMAN, out));

        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            List<String> pages = ProgramOutcomePdfTest.pages(document);
            assertThat(pages.getFirst()).contains("Mentoring-Ergebnisbericht").contains("Alle Kohorten des Programms")
                    .contains("Zeitraum: " + DAY.format(fixture.scope().from()) + " – "
                            + DAY.format(fixture.scope().to()));
            assertGeneratedAt(pages.getFirst(), "Erstellt am ", pdf);
            // the summary's trends as in ProgramOutcomePdfTest, worded in German
            assertThat(compact(pages.getFirst())).contains(compact("Die Check-in-Quote sank gegenüber den"
                    + " vorangegangenen 6 Monaten von 83 % auf 67 %. Der Anteil erreichter Lernziele blieb gegenüber den"
                    + " vorangegangenen 6 Monaten stabil bei 33 %. 67 % der festgehaltenen Rückschläge gingen mit einer"
                    + " Erkenntnis einher, nach 40 % zuvor.")).contains("Check-in-Quote67%83%▼−16Pp.")
                    .contains("Zusammenfassung").contains("WasAufmerksamkeitbraucht");
            String figures = pages.get(1);
            ProgramOutcomePdfTest.assertKeyFigures(figures, LABELS,
                    ProgramOutcomePdf.kpis(metrics, new ReportTexts(GERMAN)));
            assertThat(figures).contains("Kennzahlen").contains("86\u00a0%").doesNotContain("86%");
            assertThat(compact(figures)).contains("Wachstumsdelta+0,6").contains("Programm-NPS+14")
                    .contains("Mentoren-Auslastungwenigerals5Personen").contains("Seite2von" + pages.size());
            String all = String.join("\n", pages);
            assertThat(all).contains("Diagramme").contains("Kohorten").contains("Abteilungen").contains("Definitionen")
                    .contains("Teilnehmende: Zugelassene Mentees").contains("Upward · erstellt am ")
                    .doesNotContain("+0.6").doesNotContain("Participants").doesNotContain("fewer than")
                    .doesNotContain("Generated").doesNotContain("Page ");
            ProgramOutcomePdfTest.assertFontsEmbedded(document);
        }
    }

    @Test
    void theCohortStatusPdfAndSheetSpeakGerman() throws IOException {
        data.signIn("hr");
        long cohort = jdbc.queryForObject("select min(id) from cohort where status = 'ACTIVE'", Long.class);
        CohortStatusReport report = reporting.cohortStatus(cohort);
        assertThat(report.pairs()).hasSizeGreaterThan(1);
        Generated pdf = generate("cohort-status-de.pdf",
                out -> reporting.writeCohortStatus(cohort, ReportFormat.PDF, GERMAN, out));
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            String text = String.join("\n", ProgramOutcomePdfTest.pages(document));
            assertThat(text).contains("KOHORTENSTATUSBERICHT").contains(report.pairs().size() + " Paare · ")
                    .contains("Eingereicht").contains("Letzter Check-in").contains("Gefährdete Paare")
                    .contains("Offene Hilfeanfragen").contains("Aktiv").contains(report.programName() + " · Aktiv · ")
                    .doesNotContain("pairs").doesNotContain("Page ");
            assertGeneratedAt(text, report.programName() + " · erstellt am ", pdf);
            String compact = compact(text);
            PairEngagement first = report.pairs().getFirst();
            assertThat(compact).contains(compact(first.menteeName() + first.mentorName()
                    + new ReportTexts(GERMAN).status(first.pairStatus()) + DAY.format(first.startsOn())));
            report.atRisk().forEach(r -> assertThat(compact).contains(compact(r.risk().in(Locale.GERMAN))));
        }

        Generated xlsx = generate("cohort-status-de.xlsx",
                out -> reporting.writeCohortStatus(cohort, ReportFormat.XLSX, GERMAN, out));
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            XSSFSheet sheet = workbook.getSheet("Paare");
            assertThat(sheet).as("the sheet named in German").isNotNull();
            Row header = sheet.getRow(0);
            assertThat(List.of(header.getCell(0).getStringCellValue(), header.getCell(3).getStringCellValue(),
                    header.getCell(4).getStringCellValue(), header.getCell(5).getStringCellValue(),
                    header.getCell(8).getStringCellValue(), header.getCell(10).getStringCellValue()))
                    .containsExactly("Mentee", "Seit", "Fällig", "Eingereicht", "Letzter Check-in", "Gefährdet");
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            for (int i = 0; i < report.pairs().size(); i++) {
                PairEngagement pair = report.pairs().get(i);
                Row row = sheet.getRow(i + 1);
                // numbers and dates stay numbers and dates: the spreadsheet formats them for its reader
                assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(pair.due());
                assertThat(DateUtil.isCellDateFormatted(row.getCell(3))).isTrue();
                assertThat(row.getCell(3).getDateCellValue()).isEqualTo(Date.valueOf(pair.startsOn()));
            }
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue())
                    .isEqualTo(new ReportTexts(GERMAN).status(report.pairs().getFirst().pairStatus()))
                    .isIn("Aktiv", "Pausiert", "Beendet");
        }
    }

    @Test
    void theGrowthReportSpeaksGerman() throws IOException {
        data.signIn("mentee");
        Generated pdf = generate("personal-growth-de.pdf", out -> reporting.writePersonalGrowthPdf(GERMAN, out));
        List<String> lessons = jdbc.queryForList("""
                select ci.lessons from check_in ci join enrollment e on e.id = ci.enrollment_id
                join app_user u on u.employee_id = e.employee_id where u.username = 'mentee'
                and ci.status in ('SUBMITTED', 'REVIEWED') and ci.lessons is not null""", String.class);
        LocalDate target = jdbc.queryForObject("""
                select min(g.target_date) from goal g join enrollment e on e.id = g.enrollment_id
                join app_user u on u.employee_id = e.employee_id where u.username = 'mentee'""", LocalDate.class);
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            String text = String.join("\n", ProgramOutcomePdfTest.pages(document));
            assertThat(text).contains("PERSÖNLICHER ENTWICKLUNGSBERICHT").contains("Ziele")
                    .contains("Erfolge und Erkenntnisse").contains("Fortschritt").contains("Zeitraum")
                    .containsAnyOf("Lernziel", "Ergebnisziel").doesNotContain("progress").doesNotContain("Lesson:");
            assertGeneratedAt(text, "Erstellt am ", pdf);
            String compact = compact(text);
            assertThat(compact).contains(compact("Zieldatum " + DAY.format(target)));
            lessons.forEach(lesson -> assertThat(compact).contains(compact("Erkenntnis: " + lesson)));
            ProgramOutcomePdfTest.assertFontsEmbedded(document);
        }
        String name = jdbc.queryForObject("select display_name from app_user where username = 'mentee'", String.class);
        assertThat(reporting.personalGrowthFileName(GERMAN))
                .isEqualTo("Upward Entwicklungsbericht - " + name + " - " + TestTime.today() + ".pdf");
    }
}
