package com.upward.reporting;

import com.upward.program.ProgramTestData;
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
        LocalDate today = LocalDate.now();
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
        LocalDate today = LocalDate.now();
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
    void employeesGetNoDashboardFiguresAndExecutivesNoPairs() {
        data.signIn("mentee");
        assertThatThrownBy(figures::programs).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(figures::hr).isInstanceOf(AccessDeniedException.class);
        data.signIn("exec");
        assertThatThrownBy(figures::hr).isInstanceOf(AccessDeniedException.class);
    }
}
