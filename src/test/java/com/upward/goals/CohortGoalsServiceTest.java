package com.upward.goals;

import com.upward.goals.internal.CohortGoalsService;
import com.upward.goals.internal.GoalRow;
import com.upward.testsupport.CohortActivity;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The cohort page's goals: counts per status and the rows HR may see, against goals whose states are known. */
@SpringBootTest
@Tag("db")
@Transactional
@WithUserDetails("hr")
class CohortGoalsServiceTest {

    @Autowired
    CohortGoalsService goals;
    @Autowired
    CohortActivity activity;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void countsPerStatusAndRows() {
        long cohort = activity.create().id();

        assertThat(goals.countByStatus(cohort)).isEqualTo(Map.of(GoalStatus.IN_PROGRESS, 2L, GoalStatus.ACHIEVED, 1L));
        var rows = goals.goals(cohort, PageRequest.of(0, 10, Sort.by("g.title")));
        assertThat(rows.getContent()).extracting(GoalRow::title)
                .containsExactly("Give hard feedback", "Ship the migration", "Speak up in reviews");
        assertThat(rows.getContent().get(1).status()).isEqualTo(GoalStatus.ACHIEVED);
        assertThat(rows.getTotalElements()).isEqualTo(3);
    }

    @Test
    void theDemoActiveCohortMatchesPlainCounts() {
        long cohort = jdbc.queryForObject("select id from cohort where status = 'ACTIVE'", Long.class);

        assertThat(goals.countByStatus(cohort).values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(jdbc.queryForObject("select count(*) from goal g join enrollment e"
                        + " on e.id = g.enrollment_id where e.cohort_id = ?", Long.class, cohort)).isPositive();
    }

    @Test
    @WithUserDetails("exec")
    void executivesSeeNoSingleCohortDetail() {
        assertThatThrownBy(() -> goals.goals(1, PageRequest.of(0, 5))).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> goals.countByStatus(1)).isInstanceOf(AuthorizationDeniedException.class);
    }
}
