package com.upward.program;

import com.upward.checkin.CheckIn;
import com.upward.checkin.CheckInStatus;
import com.upward.goals.Goal;
import com.upward.goals.GoalStatus;
import com.upward.goals.GoalType;
import com.upward.matching.AssignmentStatus;
import jakarta.persistence.EntityManager;
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

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The cohort page's figures, check-in states and goals, against rows whose states are known. */
@SpringBootTest
@Tag("db")
@Transactional
@WithUserDetails("hr")
class CohortOverviewServiceTest {

    @Autowired
    CohortOverviewService overview;
    @Autowired
    ProgramTestData data;
    @Autowired
    EntityManager em;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void checkInStatesPerMenteeAndKeyFigures() {
        LocalDate today = data.today();
        long cohort = data.enrollingCohort();
        data.status(cohort, CohortStatus.ACTIVE);
        Enrollment mentor = data.enrollment(cohort, EnrollmentSide.MENTOR, EnrollmentStatus.ACCEPTED);
        Enrollment mentee = data.enrollment(cohort, EnrollmentSide.MENTEE, EnrollmentStatus.ACCEPTED);
        Enrollment quiet = data.enrollment(cohort, EnrollmentSide.MENTEE, EnrollmentStatus.ACCEPTED);
        data.enrollment(cohort, EnrollmentSide.MENTEE, EnrollmentStatus.APPLIED);
        data.enrollment(cohort, EnrollmentSide.MENTEE, EnrollmentStatus.WAITLISTED);
        data.pair(mentor, mentee, AssignmentStatus.ACTIVE);
        data.pair(mentor, quiet, AssignmentStatus.PAUSED);
        // on time: submitted 2 days after the due date; late: 3 days after; overdue: due 3 days ago; upcoming: due in
        // a week, and one due 2 days ago (still within the grace days)
        checkIn(mentee, 1, today.minusDays(30), CheckInStatus.REVIEWED, today.minusDays(28));
        checkIn(mentee, 2, today.minusDays(20), CheckInStatus.SUBMITTED, today.minusDays(17));
        checkIn(mentee, 3, today.minusDays(3), CheckInStatus.DUE, null);
        checkIn(mentee, 4, today.minusDays(2), CheckInStatus.DRAFT, null);
        checkIn(mentee, 5, today.plusDays(7), CheckInStatus.DUE, null);
        checkIn(quiet, 1, today.minusDays(10), CheckInStatus.DUE, null);
        goal(mentee, GoalType.LEARNING, "Give hard feedback", GoalStatus.IN_PROGRESS, 40);
        goal(mentee, GoalType.OUTCOME, "Ship the migration", GoalStatus.ACHIEVED, 100);
        goal(quiet, GoalType.LEARNING, "Speak up in reviews", GoalStatus.IN_PROGRESS, 10);
        data.flushAndClear();

        CohortFigures figures = overview.figures(cohort);
        assertThat(figures.acceptedMentors()).isEqualTo(1);
        assertThat(figures.acceptedMentees()).isEqualTo(2);
        assertThat(figures.applied()).isEqualTo(1);
        assertThat(figures.waitlisted()).isEqualTo(1);
        assertThat(figures.activePairs()).isEqualTo(1);
        assertThat(figures.checkInsSubmitted()).isEqualTo(2);
        assertThat(figures.checkInsDue()).isEqualTo(5);
        assertThat(figures.checkInsOverdue()).isEqualTo(2);
        assertThat(figures.goalsByStatus()).isEqualTo(Map.of("IN_PROGRESS", 2L, "ACHIEVED", 1L));

        var rows = overview.checkIns(cohort, PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "overdue")));
        assertThat(overview.countMentees(cohort)).isEqualTo(2);
        assertThat(rows).hasSize(2);
        CheckInCounts first = rows.stream().filter(r -> r.enrollmentId() == mentee.getId()).findFirst().orElseThrow();
        assertThat(first).isEqualTo(new CheckInCounts(mentee.getId(), mentee.getEmployee().getFullName(),
                mentor.getEmployee().getFullName(), 1, 1, 1, 2));
        CheckInCounts second = rows.stream().filter(r -> r.enrollmentId() == quiet.getId()).findFirst().orElseThrow();
        assertThat(second.overdue()).isEqualTo(1);
        assertThat(second.mentorName()).isEqualTo(mentor.getEmployee().getFullName());

        var goals = overview.goals(cohort, PageRequest.of(0, 10, Sort.by("g.title")));
        assertThat(goals.getContent()).extracting(GoalRow::title)
                .containsExactly("Give hard feedback", "Ship the migration", "Speak up in reviews");
        assertThat(goals.getContent().get(1).status()).isEqualTo(GoalStatus.ACHIEVED);
        assertThat(overview.pairs(cohort, PageRequest.of(0, 10)).getContent()).extracting(PairRow::status)
                .containsExactlyInAnyOrder(AssignmentStatus.ACTIVE, AssignmentStatus.PAUSED);
    }

    @Test
    void theDemoActiveCohortMatchesPlainCounts() {
        long cohort = jdbc.queryForObject("select id from cohort where status = 'ACTIVE'", Long.class);
        CohortFigures figures = overview.figures(cohort);

        assertThat(figures.acceptedMentees()).isEqualTo(count("select count(*) from enrollment where cohort_id = ?"
                + " and side = 'MENTEE' and status = 'ACCEPTED'", cohort)).isPositive();
        assertThat(figures.checkInsSubmitted()).isEqualTo(count("select count(*) from check_in ci join enrollment e"
                + " on e.id = ci.enrollment_id where e.cohort_id = ? and ci.status in ('SUBMITTED', 'REVIEWED')", cohort));
        assertThat(figures.goalsByStatus().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(count(
                "select count(*) from goal g join enrollment e on e.id = g.enrollment_id where e.cohort_id = ?", cohort));
        var pageOne = overview.checkIns(cohort, PageRequest.of(0, 5));
        var pageTwo = overview.checkIns(cohort, PageRequest.of(1, 5));
        assertThat(pageOne).hasSize(5);
        assertThat(pageOne).extracting(CheckInCounts::enrollmentId)
                .doesNotContainAnyElementsOf(pageTwo.stream().map(CheckInCounts::enrollmentId).toList());
    }

    @Test
    @WithUserDetails("exec")
    void executivesSeeNoSingleCohortDetail() {
        assertThatThrownBy(() -> overview.goals(1, PageRequest.of(0, 5)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> overview.checkIns(1, PageRequest.of(0, 5)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    private void checkIn(Enrollment mentee, int period, LocalDate dueOn, CheckInStatus status, LocalDate submittedOn) {
        CheckIn checkIn = new CheckIn(mentee, period, dueOn.minusWeeks(1), dueOn);
        checkIn.setStatus(status);
        if (submittedOn != null) {
            checkIn.setSubmittedAt(submittedOn.atTime(20, 0).toInstant(ZoneOffset.UTC));
        }
        em.persist(checkIn);
    }

    private void goal(Enrollment mentee, GoalType type, String title, GoalStatus status, int progress) {
        Goal goal = new Goal(mentee, type, title);
        goal.setStatus(status);
        goal.setProgress(progress);
        em.persist(goal);
    }

    private long count(String sql, long cohort) {
        return jdbc.queryForObject(sql, Long.class, cohort);
    }
}
