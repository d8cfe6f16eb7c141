package com.upward.reporting.internal;

import com.upward.directory.Employee;
import com.upward.matching.AssignmentStatus;
import com.upward.program.Enrollment;
import com.upward.program.EnrollmentSide;
import com.upward.program.EnrollmentStatus;
import com.upward.program.ProgramTestData;
import com.upward.reporting.ColleagueComparison;
import com.upward.reporting.ColleagueComparison.Outcome;
import com.upward.reporting.ColleagueComparison.Row;
import com.upward.reporting.MetricsFixture;
import com.upward.reporting.ReportRequester;
import com.upward.reporting.ReportScope;
import com.upward.reporting.ReportingService;
import com.upward.testsupport.TestTime;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
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
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static com.upward.reporting.internal.ProgramOutcomePdfTest.compact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Participants compared with similar colleagues against the database: employees with histories in a department of
 * their own, a cohort that started a month ago, and the clock moved 13 months on so that every follow-up has passed.
 * The numbers are worked out by hand; the intervals by Newcombe's method computed independently (Python, the
 * Wilson formula written out). The PDF is read back with PDFBox.
 */
@SpringBootTest
@Tag("db")
@Transactional
class ColleagueComparisonReportTest {

    @Autowired
    ReportingService reporting;
    @Autowired
    ProgramTestData data;
    @Autowired
    JdbcTemplate jdbc;

    private final String department = "Cmp " + UUID.randomUUID().toString().substring(0, 8);
    private final LocalDate start = TestTime.today().minusMonths(1);
    private final LocalDate hired = start.minusYears(2);
    private long cohort;

    @AfterEach
    void resetClock() {
        TestTime.clock().reset();
    }

    /**
     * 6 mentees (level 3), all paired: one promoted 5 months after the start, one leaves after 8 months. 11 similar
     * colleagues: 10 at level 4 (two leave after 3 months, one after 9, two promoted after 7) and a declined
     * applicant. Not similar: level 7, hired 6 years before, the cohort's mentor and an accepted mentee never paired.
     */
    private ReportScope fixture(int mentees) {
        var fixture = MetricsFixture.emptyCohort(data, jdbc, start, start.plusMonths(6));
        cohort = fixture.cohortId();
        Enrollment mentor = enrolled(person(4, hired), EnrollmentSide.MENTOR, EnrollmentStatus.ACCEPTED);
        for (int i = 0; i < mentees; i++) {
            Employee mentee = person(3, hired);
            long id = mentee.getId();
            data.pair(mentor, enrolled(mentee, EnrollmentSide.MENTEE, EnrollmentStatus.ACCEPTED),
                    AssignmentStatus.ACTIVE);
            if (i == 0) {
                change(id, start.plusMonths(5), 4, true);
            } else if (i == 1) {
                change(id, start.plusMonths(8), 3, false);
            }
        }
        for (int i = 0; i < 10; i++) {
            long id = person(4, hired).getId();
            if (i < 2) {
                change(id, start.plusMonths(3), 4, false);
            } else if (i == 2) {
                change(id, start.plusMonths(9), 4, false);
            } else if (i < 5) {
                change(id, start.plusMonths(7), 5, true);
            }
        }
        enrolled(person(3, hired), EnrollmentSide.MENTEE, EnrollmentStatus.DECLINED);
        // accepted, but never paired: their pair did not start, so they are no participant (and, having taken
        // part, no colleague either)
        enrolled(person(3, hired), EnrollmentSide.MENTEE, EnrollmentStatus.ACCEPTED);
        person(7, hired);
        person(3, start.minusYears(6));
        data.flushAndClear();
        TestTime.clock().advance(Duration.ofDays(396)); // 13 months after a month ago
        data.signIn("exec");
        return fixture.scope();
    }

    /** An employee of the department with a history row from their hire date. */
    private Employee person(int level, LocalDate hireDate) {
        var employee = data.employee(department, level);
        data.flushAndClear();
        jdbc.update("update employee set hire_date = ? where id = ?", hireDate, employee.getId());
        change(employee.getId(), hireDate, level, true);
        return employee;
    }

    private Enrollment enrolled(Employee employee, EnrollmentSide side, EnrollmentStatus status) {
        return data.enrollment(cohort, employee, side, status);
    }

    private void change(long employee, LocalDate from, int level, boolean active) {
        jdbc.update("insert into employee_history (employee_id, valid_from, job_level, department, active)"
                + " values (?, ?, ?, ?, ?)", employee, from, level, department, active);
    }

    @Test
    void theServiceComparesTheMenteesWithTheirSimilarColleagues() {
        ColleagueComparison c = reporting.programOutcome(fixture(6)).comparison();

        assertThat(List.of(c.notYet6(), c.notYet12(), c.unmatched())).containsExactly(0L, 0L, 0L);
        assertRow(c, Outcome.RETENTION_6, 6, 6, 11, 9, -0.2297, 0.4770);
        assertRow(c, Outcome.RETENTION_12, 6, 5, 11, 8, -0.3278, 0.4293);
        assertRow(c, Outcome.PROMOTION, 6, 1, 11, 2, -0.3404, 0.4026);
    }

    private static void assertRow(ColleagueComparison c, Outcome outcome, long n1, long x1, long n2, long x2,
                                  double lower, double upper) {
        Row row = c.rows().stream().filter(r -> r.outcome() == outcome).findFirst().orElseThrow();
        assertThat(List.of(row.participants(), row.colleagues())).as(outcome.name()).containsExactly(n1, n2);
        assertThat(row.participantRate()).isCloseTo((double) x1 / n1, within(1e-12));
        assertThat(row.colleagueRate()).isCloseTo((double) x2 / n2, within(1e-12));
        assertThat(row.difference().lower()).isCloseTo(lower, within(0.00005));
        assertThat(row.difference().upper()).isCloseTo(upper, within(0.00005));
        assertThat(row.shown()).isTrue();
    }

    @Test
    void theReportPrintsTheComparisonRowByRow() throws IOException {
        String section = section(pdf(fixture(6), "outcome-comparison"));

        assertThat(section).contains(compact("Still here 6 months later 100% of 6 82% of 11 +18 pp (−23 to +48)"))
                .contains(compact("Still here 12 months later 83% of 6 73% of 11 +11 pp (−33 to +43)"))
                .contains(compact("Promoted within 12 months 17% of 6 18% of 11 −2 pp (−34 to +40)"))
                .contains(compact("Participants were 18 percentage points more likely to still be here 6 months"
                        + " later (95 % interval: −23 to +48 pp; 6 participants, 11 similar colleagues)."))
                .contains(compact("Participants were 2 percentage points less likely to move up a job level"))
                .contains(compact("Not yet observable: 0 participants for 6 months, 0 for 12 months."))
                .contains(compact("This is an association, not proof that mentoring caused it"));
    }

    @Test
    void inGermanToo() throws IOException {
        String section = section(pdf(fixture(6), "outcome-comparison-de", Locale.GERMAN),
                "Teilnehmende im Vergleich mit ähnlichen Kolleginnen und Kollegen", "Definitionen");

        assertThat(section).contains(compact("Nach 6 Monaten noch im Unternehmen 100 % von 6 82 % von 11 +18 Pp."
                        + " (−23 bis +48)"))
                .contains(compact("Teilnehmende waren nach 6 Monaten mit einer um 18 Prozentpunkte höheren"
                        + " Wahrscheinlichkeit noch im Unternehmen"))
                .contains(compact("Das ist ein Zusammenhang, kein Beweis"));
    }

    @Test
    void aGroupOfFewerThanFivePrintsSoAndNoInterval() throws IOException {
        String section = section(pdf(fixture(4), "outcome-comparison-small"));

        assertThat(section).contains(compact("Still here 6 months later fewer than 5 people 82% of 11 fewer than 5"
                + " people")).doesNotContain("pp(").doesNotContain("percentagepoints");
    }

    /**
     * The demo's leadership program over the reports page's default half-year: its completed cohort still ran in it
     * and its 6 months have passed, so retention has numbers.
     */
    @Test
    void theDemoProgramHasRetentionFigures() throws IOException {
        data.signIn("exec");
        long demo = jdbc.queryForObject("select min(program_id) from cohort where status = 'ACTIVE'", Long.class);
        var scope = new ReportScope(demo, null, TestTime.today().minusMonths(6), TestTime.today());
        Row six = reporting.programOutcome(scope).comparison().rows().getFirst();
        assertThat(six.outcome()).isEqualTo(Outcome.RETENTION_6);
        assertThat(six.shown()).isTrue();

        String section = section(pdf(scope, "outcome-comparison-demo"));
        assertThat(section).contains(compact("Still here 6 months later"))
                .contains(compact(ComparisonSection.points(six.difference().estimate(), ProgramOutcomePdfTest.ENGLISH)
                        + " pp (" + ComparisonSection.points(six.difference().lower(), ProgramOutcomePdfTest.ENGLISH)
                        + " to " + ComparisonSection.points(six.difference().upper(), ProgramOutcomePdfTest.ENGLISH)
                        + ")"));
    }

    private byte[] pdf(ReportScope scope, String keepAs) throws IOException {
        return pdf(scope, keepAs, Locale.ENGLISH);
    }

    private byte[] pdf(ReportScope scope, String keepAs, Locale locale) throws IOException {
        var out = new ByteArrayOutputStream();
        reporting.writeProgramOutcomePdf(scope, new ReportRequester(locale, TestTime.zone()), out);
        Path file = Path.of("target", "reports", keepAs + ".pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, out.toByteArray());
        return out.toByteArray();
    }

    /** The comparison section's text, without whitespace, from its heading to the definitions. */
    private static String section(byte[] pdf) throws IOException {
        return section(pdf, "Participants compared with similar colleagues", "Definitions");
    }

    private static String section(byte[] pdf, String heading, String next) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String all = compact(String.join("\n", ProgramOutcomePdfTest.pages(document)));
            int from = all.indexOf(compact(heading));
            assertThat(from).as("the comparison section is printed").isNotNegative();
            return all.substring(from, all.indexOf(next, from));
        }
    }
}
