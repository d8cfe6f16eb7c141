package com.upward.program;

import com.upward.program.internal.CohortFigures;
import com.upward.program.internal.CohortOverviewService;
import com.upward.testsupport.CohortActivity;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The People figures of the cohort page, against rows whose states are known. The other features' figures are
 * tested with their services (CohortCheckInsServiceTest, CohortGoalsServiceTest, PairListServiceTest).
 */
@SpringBootTest
@Tag("db")
@Transactional
@WithUserDetails("hr")
class CohortOverviewServiceTest {

    @Autowired
    CohortOverviewService overview;
    @Autowired
    CohortActivity activity;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void peopleFigures() {
        long cohort = activity.create().id();

        CohortFigures figures = overview.figures(cohort);
        assertThat(figures.acceptedMentors()).isEqualTo(1);
        assertThat(figures.acceptedMentees()).isEqualTo(2);
        assertThat(figures.applied()).isEqualTo(1);
        assertThat(figures.waitlisted()).isEqualTo(1);
        assertThat(figures.activePairs()).isEqualTo(1);
    }

    @Test
    void theDemoActiveCohortMatchesPlainCounts() {
        long cohort = jdbc.queryForObject("select id from cohort where status = 'ACTIVE'", Long.class);
        CohortFigures figures = overview.figures(cohort);

        assertThat(figures.acceptedMentees()).isEqualTo(jdbc.queryForObject("select count(*) from enrollment"
                + " where cohort_id = ? and side = 'MENTEE' and status = 'ACCEPTED'", Long.class, cohort)).isPositive();
        assertThat(figures.activePairs()).isEqualTo(jdbc.queryForObject("select count(*) from mentor_assignment"
                + " where cohort_id = ? and status = 'ACTIVE'", Long.class, cohort)).isPositive();
    }

    @Test
    @WithUserDetails("exec")
    void executivesSeeNoSingleCohortDetail() {
        assertThatThrownBy(() -> overview.figures(1)).isInstanceOf(AuthorizationDeniedException.class);
    }
}
