package com.upward.survey;

import com.upward.testsupport.TestTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The demo cohorts' surveys for service and view tests. They have all closed by the run's today (the demo's
 * cohorts started months ago), so a test that answers one first puts the test clock on a day it is open.
 */
@Component
public class SurveyTestData {

    private final JdbcTemplate jdbc;

    SurveyTestData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The survey of this kind in the first demo cohort in this status. */
    public long demoSurvey(String cohortStatus, String kind) {
        return jdbc.queryForObject("select min(s.id) from survey s join cohort c on c.id = s.cohort_id"
                + " where c.status = ? and s.kind = ?", Long.class, cohortStatus, kind);
    }

    public LocalDate firstDayOf(long surveyId) {
        return jdbc.queryForObject("select opens_on from survey where id = ?", Date.class, surveyId).toLocalDate();
    }

    public LocalDate lastDayOf(long surveyId) {
        return jdbc.queryForObject("select closes_on from survey where id = ?", Date.class, surveyId).toLocalDate();
    }

    /** Moves the test clock to noon of the survey's first day (it goes back after the test). */
    public void onTheFirstDayOf(long surveyId) {
        TestTime.clock().setTo(firstDayOf(surveyId), LocalTime.NOON);
    }

    /** Deletes what the user answered in the survey, so that it is theirs to answer. */
    public void forgetAnswers(String username, long surveyId) {
        jdbc.update("delete from survey_response where survey_id = ? and enrollment_id in (select e.id from"
                + " enrollment e join app_user u on u.employee_id = e.employee_id where u.username = ?)", surveyId,
                username);
    }
}
