package com.upward.checkin;

import com.upward.checkin.internal.CheckInCounts;
import com.upward.checkin.internal.CheckInFigures;
import com.upward.checkin.internal.CohortCheckInsService;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The cohort page's check-in figures and states per mentee, against check-ins whose states are known. */
@SpringBootTest
@Tag("db")
@Transactional
@WithUserDetails("hr")
class CohortCheckInsServiceTest {

    @Autowired
    CohortCheckInsService checkIns;
    @Autowired
    CohortActivity activity;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void checkInStatesPerMenteeAndKeyFigures() {
        CohortActivity.Cohort cohort = activity.create();

        assertThat(checkIns.figures(cohort.id())).isEqualTo(new CheckInFigures(2, 5, 2));

        var rows = checkIns.countsPerMentee(cohort.id(),
                PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "overdue")));
        assertThat(checkIns.countMentees(cohort.id())).isEqualTo(2);
        assertThat(rows).hasSize(2);
        String mentorName = cohort.mentor().getEmployee().getFullName();
        CheckInCounts first = rows.stream().filter(r -> r.enrollmentId() == cohort.mentee().getId()).findFirst()
                .orElseThrow();
        assertThat(first).isEqualTo(new CheckInCounts(cohort.mentee().getId(),
                cohort.mentee().getEmployee().getFullName(), mentorName, 1, 1, 1, 2));
        CheckInCounts second = rows.stream().filter(r -> r.enrollmentId() == cohort.quiet().getId()).findFirst()
                .orElseThrow();
        assertThat(second.overdue()).isEqualTo(1);
        assertThat(second.mentorName()).isEqualTo(mentorName);
    }

    @Test
    void theDemoActiveCohortMatchesPlainCountsPageByPage() {
        long cohort = jdbc.queryForObject("select id from cohort where status = 'ACTIVE'", Long.class);

        assertThat(checkIns.figures(cohort).submitted()).isEqualTo(jdbc.queryForObject("select count(*)"
                + " from check_in ci join enrollment e on e.id = ci.enrollment_id where e.cohort_id = ?"
                + " and ci.status in ('SUBMITTED', 'REVIEWED')", Long.class, cohort));
        var pageOne = checkIns.countsPerMentee(cohort, PageRequest.of(0, 5));
        var pageTwo = checkIns.countsPerMentee(cohort, PageRequest.of(1, 5));
        assertThat(pageOne).hasSize(5);
        assertThat(pageOne).extracting(CheckInCounts::enrollmentId)
                .doesNotContainAnyElementsOf(pageTwo.stream().map(CheckInCounts::enrollmentId).toList());
    }

    @Test
    @WithUserDetails("exec")
    void executivesSeeNoSingleCohortDetail() {
        assertThatThrownBy(() -> checkIns.countsPerMentee(1, PageRequest.of(0, 5)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> checkIns.figures(1)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> checkIns.countMentees(1)).isInstanceOf(AuthorizationDeniedException.class);
    }
}
