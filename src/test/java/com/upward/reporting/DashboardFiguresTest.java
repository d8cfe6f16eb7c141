package com.upward.reporting;

import com.upward.testsupport.TestTime;
import com.upward.program.ProgramTestData;
import com.upward.reporting.AtRiskPairs.AtRiskPair;
import com.upward.reporting.DashboardFigures.CohortHealth;
import com.upward.reporting.DashboardFigures.ProgramFigures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The dashboards' grouped queries give, per program and per cohort, exactly the figures the single-scope report
 * queries give: the home pages and the PDFs cannot disagree. On the demo data plus the hand-built fixture.
 */
@SpringBootTest
@Tag("db")
@Transactional
class DashboardFiguresTest {

    @Autowired
    ProgramTestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReportingService reporting;
    @Autowired
    DashboardFigures figures;

    @Test
    void eachProgramsFiguresEqualTheReportMetricsOfItsLastTwelveMonths() {
        new MetricsFixture(data, jdbc);
        data.signIn("exec");
        List<ProgramFigures> programs = figures.programs();
        assertThat(programs).extracting(p -> p.program().name()).isEqualTo(reporting.programs().stream()
                .map(ReportingService.ProgramChoice::name).toList());
        assertThat(programs).hasSizeGreaterThanOrEqualTo(2);
        LocalDate today = TestTime.today();
        for (ProgramFigures program : programs) {
            var scope = new ReportScope(program.program().id(), null, today.minusYears(1), today);
            assertThat(program.scope()).isEqualTo(scope);
            assertThat(program.metrics()).as(program.program().name()).isEqualTo(reporting.metrics(scope));
            assertThat(program.trend()).isEqualTo(reporting.completionTrend(scope));
            assertThat(program.departments()).isEqualTo(reporting.departments(scope));
        }
        assertThat(programs).anySatisfy(p -> assertThat(p.metrics().completion().denominator()).isPositive());
    }

    @Test
    void eachRunningCohortsHealthEqualsTheReportMetricsOfThatCohort() {
        data.signIn("hr");
        List<CohortHealth> cohorts = figures.hr().cohorts();
        assertThat(cohorts).isNotEmpty().allSatisfy(c -> assertThat(c.cohort().status().name()).isEqualTo("ACTIVE"));
        LocalDate today = TestTime.today();
        for (CohortHealth health : cohorts) {
            var cohort = health.cohort();
            long program = jdbc.queryForObject("select program_id from cohort where id = ?", Long.class, cohort.id());
            var scope = new ReportScope(program, cohort.id(), cohort.startsOn(),
                    today.isBefore(cohort.endsOn()) ? today : cohort.endsOn());
            OutcomeMetrics m = reporting.metrics(scope);
            assertThat(health.completion()).isEqualTo(m.completion());
            assertThat(health.onTime()).isEqualTo(m.onTime());
            assertThat(health.atRiskPairs()).isEqualTo(m.atRiskPairs());
            assertThat(health.openHelpRequests()).isEqualTo(jdbc.queryForObject("""
                    select count(*) from check_in ci join mentor_assignment a on a.id = ci.assignment_id
                    where a.cohort_id = ? and a.status = 'ACTIVE' and ci.help_requested = true
                      and ci.help_acknowledged_at is null and ci.status in ('SUBMITTED', 'REVIEWED')""", Long.class,
                    cohort.id()));
            assertThat(health.trend()).isEqualTo(reporting.completionTrend(scope));
        }
        assertThat(figures.hr().atRisk()).hasSize((int) cohorts.stream().mapToLong(CohortHealth::atRiskPairs).sum());
    }

    @Test
    void theAtRiskListSortsByNameAndReadsItsRowsByIdAsTheyAreNow() {
        new MetricsFixture(data, jdbc);
        data.signIn("hr");
        List<AtRiskPair> all = figures.hr().atRisk();
        assertThat(all).hasSizeGreaterThanOrEqualTo(2);
        List<Long> byMentorDescending = figures.atRiskPairIds(AtRiskPairs.Order.MENTOR, true);
        assertThat(byMentorDescending).containsExactlyInAnyOrderElementsOf(all.stream()
                .map(AtRiskPair::assignmentId).toList());
        List<AtRiskPair> rows = figures.atRiskPairs(byMentorDescending);
        assertThat(rows).extracting(AtRiskPair::assignmentId).isEqualTo(byMentorDescending);
        assertThat(rows).containsExactlyInAnyOrderElementsOf(all);
        String mentorLastName = """
                select m.last_name from mentor_assignment a join enrollment mo on mo.id = a.mentor_enrollment_id
                join employee m on m.id = mo.employee_id where a.id = ?""";
        List<String> shown = rows.stream().map(r -> jdbc.queryForObject(mentorLastName, String.class,
                r.assignmentId())).toList();
        String ids = byMentorDescending.stream().map(String::valueOf).collect(Collectors.joining(","));
        assertThat(shown).as("in the database's order of the mentors' last names, descending")
                .isEqualTo(jdbc.queryForList(mentorLastName.replace("where a.id = ?", "where a.id in (" + ids
                        + ") order by m.last_name desc"), String.class));

        // a listed pair that has ended since keeps its row, and says so
        AtRiskPair ended = rows.getFirst();
        jdbc.update("update mentor_assignment set status = 'ENDED' where id = ?", ended.assignmentId());
        assertThat(figures.atRiskPairs(List.of(ended.assignmentId()))).singleElement()
                .satisfies(row -> assertThat(row.reason()).isEqualTo(AtRiskPairs.NO_LONGER_RUNNING));
        assertThat(figures.atRiskPairIds(AtRiskPairs.Order.COHORT, false)).doesNotContain(ended.assignmentId());

        data.signIn("exec");
        assertThatThrownBy(() -> figures.atRiskPairs(byMentorDescending)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void employeesGetNoDashboardFiguresAndExecutivesNoPairs() {
        data.signIn("mentee");
        assertThatThrownBy(figures::programs).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(figures::hr).isInstanceOf(AccessDeniedException.class);
        data.signIn("exec");
        assertThatThrownBy(figures::hr).isInstanceOf(AccessDeniedException.class);
    }
}
