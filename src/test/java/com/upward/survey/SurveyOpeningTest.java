package com.upward.survey;

import com.upward.base.BusinessRuleException;
import com.upward.directory.Employee;
import com.upward.program.Cadence;
import com.upward.program.CohortStatus;
import com.upward.program.EnrollmentSide;
import com.upward.program.EnrollmentStatus;
import com.upward.program.ProgramTestData;
import com.upward.survey.SurveyModels.SurveyForm;
import com.upward.survey.SurveyModels.SurveyTodo;
import com.upward.survey.internal.CohortSurveyService;
import com.upward.testsupport.TestTime;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A survey is offered and takes answers from its opening day through its closing day, both included, as days in the
 * application clock's zone; never in an archived cohort. The test clock is moved to each side of each boundary
 * (just after midnight, just before it), on a survey of its own that opens three days from the run's today.
 */
@SpringBootTest
@Tag("db")
@Transactional
class SurveyOpeningTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    @Autowired
    SurveyService surveys;
    @Autowired
    CohortSurveyService cohortSurveys;
    @Autowired
    ProgramTestData data;
    @Autowired
    EntityManager em;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SurveyTestData surveyData;

    long cohortId;
    long surveyId;
    LocalDate opensOn;
    LocalDate closesOn;

    @BeforeEach
    void theMenteeInACohortWhoseStartSurveyOpensInThreeDays() {
        LocalDate today = TestTime.today();
        Employee mentee = em.find(Employee.class, data.signIn("mentee").employeeId());
        data.signIn("hr");
        cohortId = data.cohort(data.program(), today.minusDays(40), today.minusDays(20), today.minusDays(14),
                today.plusDays(70), Cadence.BIWEEKLY);
        data.status(cohortId, CohortStatus.ACTIVE);
        data.enrollment(cohortId, mentee, EnrollmentSide.MENTEE, EnrollmentStatus.ACCEPTED);
        opensOn = today.plusDays(3);
        assertThat(cohortSurveys.openStartSurvey(cohortId, opensOn)).isOne();
        em.flush();
        surveyId = jdbc.queryForObject("select id from survey where cohort_id = ?", Long.class, cohortId);
        closesOn = surveyData.lastDayOf(surveyId);
        data.signIn("mentee");
    }

    @Test
    void beforeItsFirstDayItIsNotOfferedAndTakesNoAnswers() {
        String opensLater = "This survey opens on " + DAY.format(opensOn) + "; you can answer it from then.";
        assertClosed(opensLater);

        TestTime.clock().setToEndOf(opensOn.minusDays(1));
        assertClosed(opensLater);
    }

    @Test
    void fromItsFirstThroughItsLastDayItIsOfferedAndTakesAnswers() {
        TestTime.clock().setToStartOf(opensOn);
        assertOpen();
        surveys.answer(surveyId, SurveyServiceTest.all(surveys.form(surveyId), 3));

        TestTime.clock().setToEndOf(closesOn);
        assertOpen();
        surveys.answer(surveyId, SurveyServiceTest.all(surveys.form(surveyId), 4));
        assertThat(surveys.form(surveyId).answers().values()).containsOnly(4);
    }

    @Test
    void fromTheDayAfterItsLastDayItShowsTheAnswersReadOnlyAndRefusesChanges() {
        TestTime.clock().setToEndOf(closesOn);
        surveys.answer(surveyId, SurveyServiceTest.all(surveys.form(surveyId), 2));

        TestTime.clock().setToStartOf(closesOn.plusDays(1));
        assertClosed("This survey has been closed since " + DAY.format(closesOn.plusDays(1))
                + " and no longer takes answers.");
        assertThat(surveys.form(surveyId).answers().values()).hasSize(5).containsOnly(2);

        TestTime.clock().setTo(closesOn.plusMonths(8), LocalTime.NOON);
        assertClosed("This survey has been closed since " + DAY.format(closesOn.plusDays(1))
                + " and no longer takes answers.");
    }

    @Test
    void anArchivedCohortsSurveyIsClosedEvenWithinItsDays() {
        TestTime.clock().setTo(opensOn, LocalTime.NOON);
        assertOpen();
        data.status(cohortId, CohortStatus.ARCHIVED);
        assertClosed("This survey closed when the cohort was archived and no longer takes answers.");

        TestTime.clock().setTo(closesOn.plusDays(1), LocalTime.NOON);
        assertClosed("This survey has been closed since " + DAY.format(closesOn.plusDays(1))
                + " and no longer takes answers.");
    }

    @Test
    void withoutALastDayItStaysOpenUntilTheCohortIsArchived() {
        jdbc.update("update survey set closes_on = null where id = ?", surveyId);
        em.clear();
        TestTime.clock().setTo(opensOn.plusYears(2), LocalTime.NOON);
        assertOpen();
        assertThat(surveys.form(surveyId).closesOn()).isNull();

        data.status(cohortId, CohortStatus.ARCHIVED);
        assertClosed("This survey closed when the cohort was archived and no longer takes answers.");
    }

    private void assertOpen() {
        assertThat(surveys.mySurveys()).as("offered on %s", TestTime.clock().instant())
                .extracting(SurveyTodo::surveyId).contains(surveyId);
        SurveyForm form = surveys.form(surveyId);
        assertThat(form.editable()).isTrue();
        assertThat(form.notOpenReason()).isNull();
    }

    private void assertClosed(String reason) {
        assertThat(surveys.mySurveys()).as("offered on %s", TestTime.clock().instant())
                .extracting(SurveyTodo::surveyId).doesNotContain(surveyId);
        SurveyForm form = surveys.form(surveyId);
        assertThat(form.editable()).isFalse();
        assertThat(form.notOpenReason().english()).isEqualTo(reason);
        assertThatThrownBy(() -> surveys.answer(surveyId, SurveyServiceTest.all(form, 5)))
                .isInstanceOf(BusinessRuleException.class).hasMessage(reason);
        em.flush();
        assertThat(jdbc.queryForObject("select count(*) from survey_answer a join survey_response r"
                + " on r.id = a.response_id where r.survey_id = ? and a.answer = 5", Long.class, surveyId)).isZero();
    }
}
