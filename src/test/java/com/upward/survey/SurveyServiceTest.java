package com.upward.survey;

import com.upward.base.BusinessRuleException;
import com.upward.program.CohortStatus;
import com.upward.program.ProgramTestData;
import com.upward.survey.SurveyModels.Question;
import com.upward.survey.SurveyModels.ResponseRate;
import com.upward.survey.SurveyModels.SurveyForm;
import com.upward.survey.SurveyModels.SurveyTodo;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Surveys on the demo cohorts: who is asked, answering once and changing it, and what HR sees. */
@SpringBootTest
@Tag("db")
@Transactional
class SurveyServiceTest {

    @Autowired
    SurveyService surveys;
    @Autowired
    ProgramTestData data;
    @Autowired
    EntityManager em;
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SurveyTestData surveyData;

    long survey(String cohortStatus, String kind) {
        return surveyData.demoSurvey(cohortStatus, kind);
    }

    void onTheFirstDayOf(long surveyId) {
        surveyData.onTheFirstDayOf(surveyId);
    }

    static Map<Long, Integer> all(SurveyForm form, int value) {
        Map<Long, Integer> answers = new HashMap<>();
        form.questions().forEach(q -> answers.put(q.id(), Math.max(q.scaleMin(), Math.min(q.scaleMax(), value))));
        return answers;
    }

    @Test
    void menteesGetTheGrowthSelfAssessmentAndEveryoneTheClosingSurvey() {
        long start = survey("ACTIVE", "GROWTH_START");
        long end = survey("COMPLETED", "GROWTH_END");
        long closing = survey("COMPLETED", "CLOSING");
        onTheFirstDayOf(start);
        data.signIn("mentee");
        assertThat(surveys.mySurveys()).extracting(SurveyTodo::surveyId).contains(start);
        data.signIn("mentor");
        assertThat(surveys.mySurveys()).extracting(SurveyTodo::surveyId).doesNotContain(start);

        onTheFirstDayOf(end);
        data.signIn("mentee");
        assertThat(surveys.mySurveys()).extracting(SurveyTodo::surveyId).contains(end);
        onTheFirstDayOf(closing);
        assertThat(surveys.mySurveys()).extracting(SurveyTodo::surveyId).contains(closing);
        data.signIn("mentor");
        assertThat(surveys.mySurveys()).extracting(SurveyTodo::surveyId).contains(closing).doesNotContain(end);
        assertThatThrownBy(() -> surveys.form(start)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void everyQuestionNeedsAnAnswerOnItsScaleAndAnAnswerCanBeChanged() {
        data.signIn("mentee");
        long id = survey("COMPLETED", "CLOSING");
        onTheFirstDayOf(id);
        SurveyForm form = surveys.form(id);
        assertThat(form.questions()).extracting(Question::scaleMax).containsExactly(10, 5);

        Map<Long, Integer> missing = all(form, 9);
        missing.remove(form.questions().getLast().id());
        assertThatThrownBy(() -> surveys.answer(id, missing)).isInstanceOf(BusinessRuleException.class)
                .hasMessage("Pick 1 to 5.");
        Map<Long, Integer> outside = all(form, 9);
        outside.put(form.questions().getFirst().id(), 11);
        assertThatThrownBy(() -> surveys.answer(id, outside)).isInstanceOf(BusinessRuleException.class)
                .hasMessage("Pick 0 to 10.");

        surveys.answer(id, all(form, 9));
        surveys.answer(id, all(form, 4));
        em.flush();
        assertThat(jdbc.queryForObject("""
                select count(*) from survey_response r join enrollment e on e.id = r.enrollment_id
                join app_user u on u.employee_id = e.employee_id where r.survey_id = ? and u.username = 'mentee'""",
                Long.class, id)).isOne();
        assertThat(surveys.form(id).answers().values()).containsOnly(4);
    }

    @Test
    void anArchivedCohortsSurveysNoLongerChange() {
        data.signIn("mentee");
        long id = survey("COMPLETED", "CLOSING");
        onTheFirstDayOf(id);
        SurveyForm form = surveys.form(id);
        assertThat(form.editable()).isTrue();
        data.status(jdbc.queryForObject("select cohort_id from survey where id = ?", Long.class, id),
                CohortStatus.ARCHIVED);

        assertThatThrownBy(() -> surveys.answer(id, all(form, 5))).isInstanceOf(BusinessRuleException.class)
                .hasMessage("This survey closed when the cohort was archived and no longer takes answers.");
        assertThat(surveys.mySurveys()).extracting(SurveyTodo::surveyId).doesNotContain(id);
    }

    @Test
    void hrSeesResponseRatesOnlyAndCannotOpenAnAnswer() {
        data.signIn("hr");
        long cohort = jdbc.queryForObject("select id from cohort where status = 'COMPLETED'", Long.class);
        List<ResponseRate> rates = surveys.responseRates(cohort);

        assertThat(rates).hasSize(jdbc.queryForObject("select count(*) from survey where cohort_id = ?",
                Integer.class, cohort));
        ResponseRate closing = rates.stream().filter(r -> r.title().equals("Closing survey")).findFirst()
                .orElseThrow();
        assertThat(closing.answered()).isEqualTo(jdbc.queryForObject("select count(*) from survey_response r"
                + " join survey s on s.id = r.survey_id where s.cohort_id = ? and s.kind = 'CLOSING'", Long.class,
                cohort));
        assertThat(closing.asked()).isGreaterThanOrEqualTo(closing.answered());
        assertThatThrownBy(() -> surveys.form(survey("COMPLETED", "CLOSING")))
                .isInstanceOf(AccessDeniedException.class);
        data.signIn("mentee");
        assertThatThrownBy(() -> surveys.responseRates(cohort)).isInstanceOf(AccessDeniedException.class);
    }
}
