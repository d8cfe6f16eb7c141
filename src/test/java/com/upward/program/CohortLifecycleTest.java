package com.upward.program;

import com.upward.matching.AssignmentStatus;
import com.upward.matching.MentorAssignment;
import com.upward.program.internal.CohortMove;
import com.upward.program.internal.CohortService;
import com.upward.survey.internal.CohortSurveyService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import static com.upward.program.ProgramServiceTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every lifecycle move, allowed and refused, and what starting and completing a cohort bring with them. */
@SpringBootTest
@Tag("db")
@Transactional
@WithUserDetails("hr")
class CohortLifecycleTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    @Autowired
    CohortService cohorts;
    @Autowired
    CohortSurveyService surveys;
    @Autowired
    ProgramTestData data;
    @Autowired
    JdbcTemplate jdbc;

    LocalDate today;

    @BeforeEach
    void today() {
        today = data.today();
    }

    @Test
    void theServiceRechecksTheDates() {
        long program = data.program();
        assertRefused(() -> data.cohort(program, today, today.plusDays(40), today.plusDays(30), today.plusDays(90),
                Cadence.WEEKLY), "enrollmentClosesOn", "Enrollment must close before the cohort starts.");
        assertRefused(() -> data.cohort(program, today, today.plusDays(10), today.plusDays(30), today.plusDays(30),
                Cadence.WEEKLY), "endsOn", "The cohort must end after it starts.");
        assertRefused(() -> cohorts.createCohort(program, new CohortForm("C", null, today, today.plusDays(1),
                today.plusDays(5), today.plusDays(50), Cadence.WEEKLY, 0)), "maxMenteesPerMentor",
                "Enter a number from 1 to 10.");
    }

    @Test
    void cohortNamesAreUniqueWithinTheirProgram() {
        long id = data.draftCohort();
        CohortDetails first = cohorts.cohort(id).orElseThrow();
        assertRefused(() -> cohorts.createCohort(first.programId(), first.toForm()), "name",
                "This program already has a cohort called \"" + first.name() + "\".");
    }

    @Test
    void openEnrollmentWhileTheWindowIsOpen() {
        long id = data.draftCohort();
        assertThat(cohorts.move(id, data.version(id), CohortMove.OPEN_ENROLLMENT)).isEqualTo(CohortStatus.ENROLLING);
        assertThat(cohorts.cohort(id).orElseThrow().status()).isEqualTo(CohortStatus.ENROLLING);

        assertRefused(() -> cohorts.move(id, data.version(id), CohortMove.OPEN_ENROLLMENT), null,
                "Cannot open enrollment: enrollment is already open.");
    }

    @Test
    void openEnrollmentIsRefusedOnceTheWindowHasClosed() {
        LocalDate closed = today.minusDays(1);
        long id = data.cohort(data.program(), today.minusDays(20), closed, today.plusDays(10), today.plusDays(100),
                Cadence.BIWEEKLY);
        assertRefused(() -> cohorts.move(id, data.version(id), CohortMove.OPEN_ENROLLMENT), null,
                "Cannot open enrollment: the enrollment window has closed (" + DAY.format(closed)
                        + "). Change the dates first.");
        assertThat(cohorts.cohort(id).orElseThrow().status()).isEqualTo(CohortStatus.DRAFT);
    }

    @Test
    void startIsRefusedFromDraftAndWhileAcceptedMenteesHaveNoMentor() {
        long id = data.draftCohort();
        assertRefused(() -> cohorts.move(id, data.version(id), CohortMove.START), null,
                "Cannot start: open enrollment first.");

        data.status(id, CohortStatus.ENROLLING);
        assertRefused(() -> cohorts.move(id, data.version(id), CohortMove.START), null,
                "Cannot start: there are no pairs yet. Accept mentees and mentors and pair them first.");

        Enrollment mentor = data.enrollment(id, EnrollmentSide.MENTOR, EnrollmentStatus.ACCEPTED);
        data.pair(mentor, data.enrollment(id, EnrollmentSide.MENTEE, EnrollmentStatus.ACCEPTED),
                AssignmentStatus.ACTIVE);
        Enrollment proposed = data.enrollment(id, EnrollmentSide.MENTEE, EnrollmentStatus.ACCEPTED);
        data.pair(mentor, proposed, AssignmentStatus.PROPOSED);
        data.enrollment(id, EnrollmentSide.MENTEE, EnrollmentStatus.ACCEPTED);
        data.enrollment(id, EnrollmentSide.MENTEE, EnrollmentStatus.ACCEPTED);
        data.enrollment(id, EnrollmentSide.MENTEE, EnrollmentStatus.APPLIED);
        assertRefused(() -> cohorts.move(id, data.version(id), CohortMove.START), null,
                "Cannot start: 3 accepted mentees have no mentor.");

        proposed.setStatus(EnrollmentStatus.WITHDRAWN);
        data.enrollment(id, EnrollmentSide.MENTEE, EnrollmentStatus.WAITLISTED);
        jdbc.update("update enrollment set status = 'DECLINED' where cohort_id = ? and side = 'MENTEE'"
                + " and status = 'ACCEPTED' and id not in (select mentee_enrollment_id from mentor_assignment)", id);
        data.enrollment(id, EnrollmentSide.MENTEE, EnrollmentStatus.ACCEPTED);
        assertRefused(() -> cohorts.move(id, data.version(id), CohortMove.START), null,
                "Cannot start: 1 accepted mentee has no mentor.");
        assertThat(countCheckIns(id)).isZero();
    }

    // the fixed dates of these two lie in the past whatever the run's today: a start on or after the planned date
    // keeps them (a start before it would make today the start date, decision 020, EarlyStartTest)
    @Test
    void startingAWeeklyCohortCreatesOneCheckInPerMenteeAndWeek() {
        long id = data.cohort(data.program(), LocalDate.of(2021, 1, 5), LocalDate.of(2021, 2, 20),
                LocalDate.of(2021, 3, 2), LocalDate.of(2021, 5, 25), Cadence.WEEKLY);
        data.status(id, CohortStatus.ENROLLING);
        Enrollment mentor = data.enrollment(id, EnrollmentSide.MENTOR, EnrollmentStatus.ACCEPTED);
        Enrollment first = data.enrollment(id, EnrollmentSide.MENTEE, EnrollmentStatus.ACCEPTED);
        Enrollment second = data.enrollment(id, EnrollmentSide.MENTEE, EnrollmentStatus.ACCEPTED);
        MentorAssignment firstPair = data.pair(mentor, first, AssignmentStatus.ACTIVE);
        data.pair(mentor, second, AssignmentStatus.ACTIVE);

        assertThat(cohorts.move(id, data.version(id), CohortMove.START)).isEqualTo(CohortStatus.ACTIVE);

        assertThat(countCheckIns(id)).isEqualTo(24);
        assertThat(jdbc.queryForList("select due_on from check_in where enrollment_id = ? order by period_number",
                Date.class, first.getId())).extracting(Date::toLocalDate).containsExactly(
                LocalDate.of(2021, 3, 9), LocalDate.of(2021, 3, 16), LocalDate.of(2021, 3, 23),
                LocalDate.of(2021, 3, 30), LocalDate.of(2021, 4, 6), LocalDate.of(2021, 4, 13),
                LocalDate.of(2021, 4, 20), LocalDate.of(2021, 4, 27), LocalDate.of(2021, 5, 4),
                LocalDate.of(2021, 5, 11), LocalDate.of(2021, 5, 18), LocalDate.of(2021, 5, 25));
        assertThat(jdbc.queryForList("select period_number from check_in where enrollment_id = ?"
                + " order by period_number", Integer.class, second.getId()))
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(jdbc.queryForList("select distinct status from check_in where enrollment_id = ?", String.class,
                first.getId())).containsExactly("DUE");
        assertThat(jdbc.queryForList("select distinct assignment_id from check_in where enrollment_id = ?",
                Long.class, first.getId())).containsExactly(firstPair.getId());
        assertThat(jdbc.queryForObject("select period_starts_on from check_in where enrollment_id = ?"
                + " and period_number = 1", Date.class, first.getId()).toLocalDate())
                .isEqualTo(LocalDate.of(2021, 3, 2));
        assertThat(surveyKinds(id)).containsExactly("GROWTH_START");

        assertRefused(() -> cohorts.move(id, data.version(id), CohortMove.START), null,
                "Cannot start: the cohort has already started.");
    }

    @Test
    void startingAMonthlyCohortDuesTheCheckInsAtEachMonthsEnd() {
        long id = data.cohort(data.program(), LocalDate.of(2020, 12, 1), LocalDate.of(2021, 1, 20),
                LocalDate.of(2021, 1, 31), LocalDate.of(2021, 7, 31), Cadence.MONTHLY);
        data.status(id, CohortStatus.ENROLLING);
        Enrollment mentee = data.enrollment(id, EnrollmentSide.MENTEE, EnrollmentStatus.ACCEPTED);
        data.pair(data.enrollment(id, EnrollmentSide.MENTOR, EnrollmentStatus.ACCEPTED), mentee,
                AssignmentStatus.ACTIVE);
        // an ended pair of someone who left gets no schedule
        Enrollment left = data.enrollment(id, EnrollmentSide.MENTEE, EnrollmentStatus.WITHDRAWN);
        data.pair(data.enrollment(id, EnrollmentSide.MENTOR, EnrollmentStatus.ACCEPTED), left, AssignmentStatus.ENDED);

        cohorts.move(id, data.version(id), CohortMove.START);

        assertThat(countCheckIns(id)).isEqualTo(6);
        assertThat(jdbc.queryForList("select due_on from check_in where enrollment_id = ? order by period_number",
                Date.class, mentee.getId())).extracting(Date::toLocalDate).containsExactly(
                LocalDate.of(2021, 2, 28), LocalDate.of(2021, 3, 31), LocalDate.of(2021, 4, 30),
                LocalDate.of(2021, 5, 31), LocalDate.of(2021, 6, 30), LocalDate.of(2021, 7, 31));
    }

    @Test
    void completeIsRefusedBeforeTheStartDate() {
        long enrolling = data.enrollingCohort();
        assertRefused(() -> cohorts.move(enrolling, data.version(enrolling), CohortMove.COMPLETE), null,
                "Cannot complete before the cohort has started.");

        long id = data.enrollingCohort();
        data.status(id, CohortStatus.ACTIVE);
        LocalDate startsOn = cohorts.cohort(id).orElseThrow().startsOn();
        assertRefused(() -> cohorts.move(id, data.version(id), CohortMove.COMPLETE), null,
                "Cannot complete before the cohort has started: it starts on " + DAY.format(startsOn) + ".");
    }

    @Test
    void completingEndsThePairsOpensTheClosingSurveysAndCompletesTheParticipants() {
        long id = data.cohort(data.program(), today.minusDays(120), today.minusDays(100), today.minusDays(90),
                today.plusDays(5), Cadence.BIWEEKLY);
        data.status(id, CohortStatus.ACTIVE);
        Enrollment mentor = data.enrollment(id, EnrollmentSide.MENTOR, EnrollmentStatus.ACCEPTED);
        MentorAssignment active = data.pair(mentor, data.enrollment(id, EnrollmentSide.MENTEE,
                EnrollmentStatus.ACCEPTED), AssignmentStatus.ACTIVE);
        MentorAssignment paused = data.pair(mentor, data.enrollment(id, EnrollmentSide.MENTEE,
                EnrollmentStatus.ACCEPTED), AssignmentStatus.PAUSED);
        Enrollment waiting = data.enrollment(id, EnrollmentSide.MENTEE, EnrollmentStatus.WAITLISTED);

        assertThat(cohorts.move(id, data.version(id), CohortMove.COMPLETE)).isEqualTo(CohortStatus.COMPLETED);

        for (MentorAssignment pair : List.of(active, paused)) {
            var row = jdbc.queryForMap("select status, ends_on, end_reason from mentor_assignment where id = ?",
                    pair.getId());
            assertThat(row.get("status")).isEqualTo("ENDED");
            assertThat(((Date) row.get("ends_on")).toLocalDate()).isEqualTo(today);
            assertThat(row.get("end_reason")).isEqualTo("Cohort completed");
            assertThat(jdbc.queryForList("select event_type from assignment_event where assignment_id = ?",
                    String.class, pair.getId())).containsExactly("ENDED");
        }
        assertThat(surveyKinds(id)).containsExactly("CLOSING", "GROWTH_END");
        assertThat(jdbc.queryForList("select q.code from survey_question q join survey s on s.id = q.survey_id"
                + " where s.cohort_id = ? order by s.kind, q.position", String.class, id)).containsExactly(
                "nps", "relationship", "growth_1", "growth_2", "growth_3", "growth_4", "growth_5");
        assertThat(jdbc.queryForObject("select opens_on from survey where cohort_id = ? and kind = 'CLOSING'",
                Date.class, id).toLocalDate()).isEqualTo(today);
        assertThat(jdbc.queryForList("select status from enrollment where cohort_id = ? and id <> ?", String.class,
                id, waiting.getId())).containsOnly("COMPLETED").hasSize(3);
        assertThat(jdbc.queryForObject("select status from enrollment where id = ?", String.class, waiting.getId()))
                .isEqualTo("WAITLISTED");

        // nothing happens twice
        assertRefused(() -> cohorts.move(id, data.version(id), CohortMove.COMPLETE), null,
                "Cannot complete: the cohort is already completed.");
        assertThat(surveys.openClosingSurveys(id, today)).isZero();
    }

    @Test
    void archiveOnlyACompletedCohort() {
        long id = data.enrollingCohort();
        data.status(id, CohortStatus.ACTIVE);
        assertRefused(() -> cohorts.move(id, data.version(id), CohortMove.ARCHIVE), null,
                "Cannot archive: only completed cohorts can be archived.");
        data.status(id, CohortStatus.COMPLETED);
        assertThat(cohorts.move(id, data.version(id), CohortMove.ARCHIVE)).isEqualTo(CohortStatus.ARCHIVED);
        assertRefused(() -> cohorts.move(id, data.version(id), CohortMove.CANCEL), null,
                "Cannot cancel: the cohort is archived.");
    }

    @Test
    void cancelOnlyBeforeTheStart() {
        long draft = data.draftCohort();
        assertThat(cohorts.move(draft, data.version(draft), CohortMove.CANCEL)).isEqualTo(CohortStatus.CANCELLED);
        assertRefused(() -> cohorts.move(draft, data.version(draft), CohortMove.OPEN_ENROLLMENT), null,
                "Cannot open enrollment: the cohort was cancelled.");

        long enrolling = data.enrollingCohort();
        assertThat(cohorts.move(enrolling, data.version(enrolling), CohortMove.CANCEL))
                .isEqualTo(CohortStatus.CANCELLED);

        long active = data.enrollingCohort();
        data.status(active, CohortStatus.ACTIVE);
        assertRefused(() -> cohorts.move(active, data.version(active), CohortMove.CANCEL), null,
                "Cannot cancel: the cohort has already started.");
    }

    @Test
    void aStaleMoveIsRefused() {
        long id = data.draftCohort();
        long version = data.version(id);
        cohorts.move(id, version, CohortMove.OPEN_ENROLLMENT);
        assertRefused(() -> cohorts.move(id, version, CohortMove.CANCEL), null,
                "Someone else changed this record; reload and try again.");
    }

    @Test
    void settingsAreFrozenOnceTheCohortHasStarted() {
        long id = data.enrollingCohort();
        data.status(id, CohortStatus.ACTIVE);
        CohortDetails details = cohorts.cohort(id).orElseThrow();
        CohortForm form = details.toForm();

        assertRefused(() -> cohorts.updateCohort(id, details.version(), new CohortForm(form.name(), null,
                        form.enrollmentOpensOn(), form.enrollmentClosesOn(), form.startsOn(), form.endsOn().plusWeeks(1),
                        form.cadence(), form.maxMenteesPerMentor())), null,
                "Dates, cadence and mentees per mentor cannot change once the cohort has started.");

        cohorts.updateCohort(id, details.version(), new CohortForm(form.name() + " renamed", "Now described",
                form.enrollmentOpensOn(), form.enrollmentClosesOn(), form.startsOn(), form.endsOn(), form.cadence(),
                form.maxMenteesPerMentor()));
        assertThat(cohorts.cohort(id).orElseThrow().description()).isEqualTo("Now described");
    }

    @Test
    @WithUserDetails("exec")
    void executivesCannotRunCohorts() {
        assertThatThrownBy(() -> cohorts.move(1, 0, CohortMove.START)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> cohorts.cohort(1)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithUserDetails("mentor")
    void employeesCannotRunCohorts() {
        assertThatThrownBy(() -> cohorts.createCohort(1, null)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> cohorts.move(1, 0, CohortMove.COMPLETE))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    private long countCheckIns(long cohortId) {
        return jdbc.queryForObject("select count(*) from check_in ci join enrollment e on e.id = ci.enrollment_id"
                + " where e.cohort_id = ?", Long.class, cohortId);
    }

    private List<String> surveyKinds(long cohortId) {
        return jdbc.queryForList("select kind from survey where cohort_id = ? order by kind", String.class, cohortId);
    }
}
