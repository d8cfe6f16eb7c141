package com.upward.reporting;

import com.upward.testsupport.TestTime;
import com.upward.program.ProgramTestData;
import com.upward.reporting.DashboardFigures.CohortHealth;
import com.upward.reporting.DashboardFigures.HrFigures;
import com.upward.reporting.DashboardFigures.ProgramFigures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With the production cache settings: the aggregates over check-ins are served from the cache, what HR acts on
 * (at-risk pairs, open help requests) is read fresh, and a warm cache still refuses the wrong role.
 */
@SpringBootTest(properties = {"upward.dashboard.figures-refresh-after=PT1M", "upward.dashboard.figures-max-age=PT5M"})
@Tag("db")
@Transactional
class DashboardFiguresCacheTest {

    /** Every check-in due so far submitted: completion changes in every program and running cohort. */
    private static final String SUBMIT_ALL_DUE = """
            update check_in set status = 'SUBMITTED', submitted_at = due_on
            where status in ('DUE', 'DRAFT') and due_on <= ?""";

    @Autowired
    ProgramTestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DashboardFigures figures;

    @BeforeEach
    void emptyTheCache() {
        figures.clearCachedFigures();
    }

    @Test
    void theExecutiveFiguresAreServedFromTheCacheUntilItIsEmptied() {
        data.signIn("exec");
        List<ProgramFigures> before = figures.programs();
        assertThat(jdbc.update(SUBMIT_ALL_DUE, TestTime.today())).isPositive();

        assertThat(figures.programs()).isSameAs(before);
        figures.clearCachedFigures();
        List<ProgramFigures> after = figures.programs();
        assertThat(after).isNotEqualTo(before);
        assertThat(after).allSatisfy(p -> assertThat(p.metrics().completion().numerator())
                .isEqualTo(p.metrics().completion().denominator()));
    }

    @Test
    void hrSeesCachedCompletionButFreshAtRiskPairsAndHelpRequests() {
        data.signIn("hr");
        HrFigures before = figures.hr();
        CohortHealth cohort = before.cohorts().getFirst();
        // a pair without an open help request yet (which demo pair has one depends on the date)
        long pair = jdbc.queryForObject("""
                select min(a.id) from mentor_assignment a where a.cohort_id = ? and a.status = 'ACTIVE'
                and not exists (select 1 from check_in ci where ci.enrollment_id = a.mentee_enrollment_id
                                and ci.help_requested = true and ci.help_acknowledged_at is null)""",
                Long.class, cohort.cohort().id());
        // an urgent, unanswered help request on the pair's latest due check-in: at risk at once
        assertThat(jdbc.update("""
                update check_in set status = 'SUBMITTED', submitted_at = ?, help_requested = true,
                       help_urgency = 'URGENT', help_acknowledged_at = null
                where id = (select id from (select max(ci.id) as id from check_in ci
                            where ci.assignment_id = ? and ci.due_on <= ?) latest)""",
                TestTime.utcNow(), pair, TestTime.today())).isOne();
        jdbc.update(SUBMIT_ALL_DUE, TestTime.today());

        HrFigures after = figures.hr();
        CohortHealth health = after.cohorts().getFirst();
        assertThat(health.completion()).isEqualTo(cohort.completion());
        assertThat(health.trend()).isEqualTo(cohort.trend());
        assertThat(after.atRisk()).anySatisfy(p -> assertThat(p.assignmentId()).isEqualTo(pair));
        assertThat(health.openHelpRequests()).isGreaterThan(cohort.openHelpRequests());
    }

    @Test
    void aWarmCacheStillRefusesEmployees() {
        data.signIn("exec");
        figures.programs();
        data.signIn("hr");
        figures.hr();

        data.signIn("mentee");
        assertThatThrownBy(figures::programs).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(figures::hr).isInstanceOf(AccessDeniedException.class);
    }
}
