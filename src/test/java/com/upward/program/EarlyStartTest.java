package com.upward.program;

import com.upward.matching.AssignmentStatus;
import com.upward.matching.MentorAssignment;
import com.upward.program.internal.CohortCalendar;
import com.upward.program.internal.CohortDates;
import com.upward.program.internal.CohortMove;
import com.upward.program.internal.CohortService;
import com.upward.testsupport.TestTime;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Decision 020: a cohort started before its planned start date starts today, with its pairs, its enrollment window,
 * its check-in schedule and its start survey; started on the planned date, no date changes.
 */
@SpringBootTest
@Tag("db")
@Transactional
@WithUserDetails("hr")
class EarlyStartTest {

    @Autowired
    CohortService cohorts;
    @Autowired
    ProgramTestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager em;

    LocalDate today;
    LocalDate plannedStart;
    long id;
    MentorAssignment first;
    MentorAssignment second;
    MentorAssignment ended;

    /** An ENROLLING weekly cohort planned to start in four weeks and run 16 weeks; its window closes in 10 days. */
    @BeforeEach
    void aCohortPlannedToStartInFourWeeks() {
        today = data.today();
        plannedStart = today.plusWeeks(4);
        id = data.cohort(data.program(), today.minusDays(5), today.plusDays(10), plannedStart,
                plannedStart.plusWeeks(16), Cadence.WEEKLY);
        data.status(id, CohortStatus.ENROLLING);
        Enrollment mentor = data.enrollment(id, EnrollmentSide.MENTOR, EnrollmentStatus.ACCEPTED);
        first = data.pair(mentor, data.enrollment(id, EnrollmentSide.MENTEE, EnrollmentStatus.ACCEPTED),
                AssignmentStatus.ACTIVE);
        second = data.pair(mentor, data.enrollment(id, EnrollmentSide.MENTEE, EnrollmentStatus.ACCEPTED),
                AssignmentStatus.ACTIVE);
        // someone who left before the start: the pair ended on the day it was to start, and stays as it was
        ended = data.pair(mentor, data.enrollment(id, EnrollmentSide.MENTEE, EnrollmentStatus.WITHDRAWN),
                AssignmentStatus.ENDED);
        ended.setEndsOn(plannedStart);
        em.flush();
    }

    @Test
    void startingFourWeeksEarlyMakesTodayTheStartDateOfTheCohortItsPairsScheduleAndSurvey() {
        CohortCalendar calendar = cohorts.calendar(id);
        assertThat(calendar.startsEarly()).isTrue();
        assertThat(calendar.plannedStart()).isEqualTo(plannedStart);
        assertThat(calendar.firstCheckInsDueOn()).isEqualTo(today.plusWeeks(1));

        assertThat(cohorts.move(id, data.version(id), CohortMove.START)).isEqualTo(CohortStatus.ACTIVE);
        em.flush();

        CohortDetails started = cohorts.cohort(id).orElseThrow();
        assertThat(started.status()).isEqualTo(CohortStatus.ACTIVE);
        assertThat(started.startsOn()).isEqualTo(today);
        assertThat(started.endsOn()).isEqualTo(plannedStart.plusWeeks(16));
        assertThat(started.enrollmentOpensOn()).isEqualTo(today.minusDays(5));
        assertThat(started.enrollmentClosesOn()).isEqualTo(today.minusDays(1));
        assertThat(CohortDates.check(started.enrollmentOpensOn(), started.enrollmentClosesOn(), started.startsOn(),
                started.endsOn(), started.cadence())).isEmpty();
        assertThat(cohorts.calendar(id).startsEarly()).isFalse();

        assertThat(pairStart(first)).isEqualTo(today);
        assertThat(pairStart(second)).isEqualTo(today);
        assertThat(pairStart(ended)).isEqualTo(plannedStart);

        // the schedule counts from today: 20 weekly periods until the (unchanged) end, the first due in a week
        for (MentorAssignment pair : List.of(first, second)) {
            List<LocalDate> due = jdbc.queryForList("select due_on from check_in where assignment_id = ?"
                    + " order by period_number", Date.class, pair.getId()).stream().map(Date::toLocalDate).toList();
            assertThat(due).hasSize(20);
            assertThat(due.getFirst()).isEqualTo(calendar.firstCheckInsDueOn());
            assertThat(due.getLast()).isEqualTo(started.endsOn());
        }
        assertThat(jdbc.queryForObject("select opens_on from survey where cohort_id = ? and kind = 'GROWTH_START'",
                Date.class, id).toLocalDate()).isEqualTo(today);

        // the audit log keeps the planned dates
        assertThat(jdbc.queryForList("select details from audit_event where entity_type = 'Cohort'"
                + " and entity_id = ?", String.class, id)).anySatisfy(details -> assertThat(details)
                .contains("starts on: " + plannedStart + " → " + today)
                .contains("enrollment closes on: " + today.plusDays(10) + " → " + today.minusDays(1)));
        assertThat(jdbc.queryForList("select details from audit_event where entity_type = 'MentorAssignment'"
                + " and entity_id = ?", String.class, first.getId()))
                .anySatisfy(details -> assertThat(details).contains("starts on: " + plannedStart + " → " + today));
    }

    @Test
    void aWindowThatWasToOpenLaterBecomesTheDayBeforeTheStart() {
        long later = data.cohort(data.program(), today.plusDays(2), today.plusDays(10), plannedStart,
                plannedStart.plusWeeks(16), Cadence.BIWEEKLY);
        data.status(later, CohortStatus.ENROLLING);
        data.pair(data.enrollment(later, EnrollmentSide.MENTOR, EnrollmentStatus.ACCEPTED),
                data.enrollment(later, EnrollmentSide.MENTEE, EnrollmentStatus.ACCEPTED), AssignmentStatus.ACTIVE);

        cohorts.move(later, data.version(later), CohortMove.START);

        CohortDetails started = cohorts.cohort(later).orElseThrow();
        assertThat(started.startsOn()).isEqualTo(today);
        assertThat(started.enrollmentOpensOn()).isEqualTo(today.minusDays(1));
        assertThat(started.enrollmentClosesOn()).isEqualTo(today.minusDays(1));
        assertThat(CohortDates.check(started.enrollmentOpensOn(), started.enrollmentClosesOn(), started.startsOn(),
                started.endsOn(), started.cadence())).isEmpty();
    }

    @Test
    void startingOnThePlannedDateChangesNoDate() {
        jdbc.update("update cohort set enrollment_closes_on = ? where id = ?", plannedStart.minusDays(1), id);
        em.clear();
        TestTime.clock().setToStartOf(plannedStart);
        assertThat(cohorts.calendar(id).startsEarly()).isFalse();

        cohorts.move(id, data.version(id), CohortMove.START);
        em.flush();

        CohortDetails started = cohorts.cohort(id).orElseThrow();
        assertThat(started.startsOn()).isEqualTo(plannedStart);
        assertThat(started.enrollmentClosesOn()).isEqualTo(plannedStart.minusDays(1));
        assertThat(pairStart(first)).isEqualTo(plannedStart);
        assertThat(jdbc.queryForObject("select min(due_on) from check_in where assignment_id = ?", Date.class,
                first.getId()).toLocalDate()).isEqualTo(plannedStart.plusWeeks(1));
        assertThat(jdbc.queryForList("select details from audit_event where entity_type = 'Cohort'"
                + " and entity_id = ?", String.class, id)).noneSatisfy(d -> assertThat(d).contains("starts on: " + plannedStart + " →"));
    }

    private LocalDate pairStart(MentorAssignment pair) {
        return jdbc.queryForObject("select starts_on from mentor_assignment where id = ?", Date.class, pair.getId())
                .toLocalDate();
    }
}
