package com.upward.reporting.internal;

import com.upward.program.ProgramTestData;
import com.upward.reporting.CompanyOutcome;
import com.upward.reporting.CompanyOutcome.Row;
import com.upward.reporting.CompanyReportService;
import com.upward.reporting.GoalAchievement;
import com.upward.reporting.Mean;
import com.upward.reporting.MetricsFixture;
import com.upward.reporting.Nps;
import com.upward.reporting.OutcomeMetrics;
import com.upward.reporting.Ratio;
import com.upward.reporting.ReportRequester;
import com.upward.reporting.ReportingService;
import com.upward.testsupport.TestTime;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

import static com.upward.reporting.internal.ProgramOutcomePdfTest.ENGLISH;
import static com.upward.reporting.internal.ProgramOutcomePdfTest.compact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The cross-program report: per department the hand-built {@link MetricsFixture}'s figures worked out by hand (see
 * MetricsFormulaTest for the whole cohort), every count of the department and location tables adding up to the
 * programs', and the PDF read back with PDFBox printing each row as the service formats it. Rolled back.
 */
@SpringBootTest
@Tag("db")
@Transactional
class CompanyReportTest {

    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate TO = LocalDate.of(2026, 6, 30);

    @Autowired
    CompanyReportService company;
    @Autowired
    ReportingService reporting;
    @Autowired
    ProgramTestData data;
    @Autowired
    JdbcTemplate jdbc;

    /** The fixture with its people in departments of their own ("Fixture Sales", …), so their rows are its alone. */
    MetricsFixture fixture() {
        var fixture = new MetricsFixture(data, jdbc);
        jdbc.update("update employee set department = concat('Fixture ', department) where id in (select e.employee_id"
                + " from enrollment e join cohort c on c.id = e.cohort_id where c.program_id = ?)", fixture.program);
        data.signIn("exec");
        return fixture;
    }

    @Test
    void eachDepartmentsFiguresAreThoseWorkedOutByHand() {
        fixture();
        CompanyOutcome outcome = company.companyOutcome(FROM, TO);
        Map<String, Row> departments = byName(outcome.departments());

        // M1, M2, M3 and M7 (unpaired, no check-ins); submitted: M1 2, M2 1, M3 2 of 6 due for 3 mentees
        Row sales = departments.get("Fixture Sales");
        assertThat(sales.mentees()).isEqualTo(4);
        assertThat(sales.mentors()).isZero();
        assertThat(sales.completion()).isEqualTo(new Ratio(5, 6, 3));
        // setbacks submitted: M1p1, M2p1, M3p1; with a lesson: M1p1, M3p1
        assertThat(sales.failingForward()).isEqualTo(new Ratio(2, 3, 3));
        // learning: G1 achieved, G3 pivoted, G4 achieved; outcome: G2 in progress
        assertThat(sales.learningGoals()).isEqualTo(new GoalAchievement(new Ratio(2, 3, 3), 1));
        assertThat(sales.outcomeGoals()).isEqualTo(new GoalAchievement(new Ratio(0, 1, 1), 0));

        // M4 (a draft and a due one), M5 2, M6 1 of 6
        Row finance = departments.get("Fixture Finance");
        assertThat(finance.mentees()).isEqualTo(3);
        assertThat(finance.completion()).isEqualTo(new Ratio(3, 6, 3));
        // M5p1, M5p2 (both with a lesson), M6p1 (without)
        assertThat(finance.failingForward()).isEqualTo(new Ratio(2, 3, 2));
        assertThat(finance.learningGoals()).isEqualTo(new GoalAchievement(new Ratio(0, 3, 3), 0));
        assertThat(finance.outcomeGoals()).isEqualTo(new GoalAchievement(new Ratio(1, 1, 1), 0));

        // the two mentors, of the fixture's default department
        assertThat(departments.get("Fixture Engineering").mentors()).isEqualTo(2);
    }

    @Test
    void theProgramRowsAreTheProgramMetricsAndDepartmentsAndLocationsAddUpToThem() {
        var fixture = fixture();
        CompanyOutcome outcome = company.companyOutcome(FROM, TO);
        String name = jdbc.queryForObject("select name from program where id = ?", String.class, fixture.program);
        OutcomeMetrics metrics = reporting.metrics(fixture.scope());
        Row program = byName(outcome.programs()).get(name);
        assertThat(program).isEqualTo(new Row(name, metrics.mentees(), metrics.mentors(), metrics.completion(),
                metrics.failingForward(), metrics.learningGoals(), metrics.outcomeGoals(), metrics.growthDelta(),
                metrics.nps()));
        assertThat(outcome.programs()).allSatisfy(r -> assertThat(r.participants()).isPositive());

        // every enrollment, check-in, goal, answer and growth pair belongs to one program and one person
        for (List<Row> groups : List.of(outcome.departments(), outcome.locations())) {
            for (ToLongFunction<Row> count : COUNTS) {
                assertThat(sum(groups, count)).isEqualTo(sum(outcome.programs(), count));
            }
        }
    }

    /** Every count behind the figures, people included. */
    static final List<ToLongFunction<Row>> COUNTS = List.of(Row::mentees, Row::mentors,
            r -> r.completion().numerator(), r -> r.completion().denominator(), r -> r.completion().people(),
            r -> r.failingForward().numerator(), r -> r.failingForward().denominator(),
            r -> r.failingForward().people(), r -> r.learningGoals().achieved().numerator(),
            r -> r.learningGoals().achieved().denominator(), r -> r.learningGoals().pivoted(),
            r -> r.outcomeGoals().achieved().denominator(), r -> r.growthDelta().people(),
            r -> r.nps().promoters(), r -> r.nps().passives(), r -> r.nps().detractors());

    private static long sum(List<Row> rows, ToLongFunction<Row> count) {
        return rows.stream().mapToLong(count).sum();
    }

    @Test
    void smallRowsAreHiddenWithTheNextSmallestSoNoTotalGivesThemBack() {
        Row small = new Row("Legal", 2, 1, new Ratio(2, 3, 2), Ratio.NONE, GoalAchievement.NONE,
                GoalAchievement.NONE, new Mean(null, 0), new Nps(0, 0, 0));
        Row medium = new Row("Sales", 5, 1, new Ratio(9, 12, 6), new Ratio(3, 4, 5), GoalAchievement.NONE,
                GoalAchievement.NONE, new Mean(0.5, 6), new Nps(4, 1, 1));
        Row large = new Row("Engineering", 20, 4, new Ratio(40, 48, 20), new Ratio(10, 12, 9),
                new GoalAchievement(new Ratio(12, 30, 20), 3), GoalAchievement.NONE, new Mean(0.75, 18),
                new Nps(12, 4, 2));
        List<Map<String, String>> cells = CompanyOutcomePdf.cells(List.of(small, medium, large), ENGLISH);

        String hiddenRow = "fewer than 5 people, or would reveal a group that small: no figures shown";
        assertThat(cells.get(0)).containsEntry("hiddenRow", hiddenRow).doesNotContainKey("completion");
        // 6 people, but with Legal alone hidden, the total minus the other rows would give Legal's 3 back
        assertThat(cells.get(1)).containsEntry("hiddenRow", hiddenRow).doesNotContainKey("participants");
        assertThat(cells.get(2)).containsEntry("participants", "24").containsEntry("completion", "83%")
                .containsEntry("failingForward", "83%").containsEntry("learning", "40%")
                .containsEntry("outcome", "–").containsEntry("growth", "+0.8").containsEntry("nps", "+56");
    }

    @Test
    void thePdfPrintsEveryRowAsTheServiceFormatsItAndIsAudited() throws IOException {
        fixture();
        CompanyOutcome outcome = company.companyOutcome(FROM, TO);
        var out = new ByteArrayOutputStream();
        company.writeCompanyOutcomePdf(FROM, TO, new ReportRequester(Locale.ENGLISH, TestTime.zone()), out);
        Path file = Path.of("target", "reports", "company-outcome.pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, out.toByteArray());

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = String.join("\n", ProgramOutcomePdfTest.pages(pdf));
            assertThat(text).contains("Mentoring outcomes across all programs")
                    .contains("Period: 1 Jan 2026 – 30 Jun 2026").contains("By department").contains("By location");
            List<String> lines = Arrays.stream(text.split("\\R")).map(ProgramOutcomePdfTest::compact).toList();
            for (List<Row> table : List.of(outcome.programs(), outcome.departments(), outcome.locations())) {
                for (Map<String, String> row : CompanyOutcomePdf.cells(table, ENGLISH)) {
                    String printed = compact(row.get("name") + (row.containsKey("hiddenRow") ? row.get("hiddenRow")
                            : row.get("participants") + row.get("completion") + row.get("failingForward")
                            + row.get("learning") + row.get("outcome") + row.get("growth") + row.get("nps")));
                    assertThat(lines).as("the row of %s", row.get("name")).contains(printed);
                }
            }
            // the fixture's departments are small: hidden, each cell saying so
            assertThat(lines).contains(compact("Fixture Sales fewer than 5 people, or would reveal a group that"
                    + " small: no figures shown"));
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'REPORT'"
                + " and entity_type = 'CompanyOutcomeReport' and actor = 'exec'", Integer.class)).isOne();
    }

    @Test
    void aGermanReaderGetsItInGerman() throws IOException {
        fixture();
        var out = new ByteArrayOutputStream();
        var german = new ReportRequester(Locale.GERMAN, java.time.ZoneId.of("Pacific/Auckland"));
        company.writeCompanyOutcomePdf(FROM, TO, german, out);
        assertThat(company.companyOutcomeFileName(german))
                .isEqualTo("Upward Ergebnisse aller Programme - " + TestTime.today() + ".pdf");
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = String.join("\n", ProgramOutcomePdfTest.pages(pdf));
            assertThat(text).contains("Mentoring-Ergebnisse aller Programme").contains("Nach Abteilung")
                    .contains("Zeitraum: 1. Jan. 2026 – 30. Juni 2026").contains("(Pacific/Auckland)")
                    .contains("weniger als 5 Personen");
            // the fixture program's growth, +0.6, with a decimal comma
            assertThat(compact(text)).contains("+0,6");
        }
    }

    @Test
    void employeesMayNotReadIt() {
        data.signIn("mentee");
        assertThatThrownBy(() -> company.companyOutcome(FROM, TO)).isInstanceOf(AccessDeniedException.class);
    }

    private static Map<String, Row> byName(List<Row> rows) {
        return rows.stream().collect(java.util.stream.Collectors.toMap(Row::name, r -> r));
    }
}
