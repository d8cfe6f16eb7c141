package com.upward.survey.ui;

import com.upward.program.ProgramTestData;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.H2;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** Answering a survey, and the survey's to-do on the home page (writes rolled back). */
@SpringBootTest
@ViewPackages(packages = "com.upward")
@Transactional
class SurveyViewTest extends SpringBrowserlessTest {

    @Autowired
    ProgramTestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager em;

    long closing() {
        return jdbc.queryForObject("select s.id from survey s join cohort c on c.id = s.cohort_id"
                + " where c.status = 'COMPLETED' and s.kind = 'CLOSING'", Long.class);
    }

    @Test
    void everyScaleMustBeAnsweredThenTheAnswersAreSaved() {
        data.signIn("mentee");
        long id = closing();
        jdbc.update("delete from survey_response where survey_id = ? and enrollment_id in (select e.id from"
                + " enrollment e join app_user u on u.employee_id = e.employee_id where u.username = 'mentee')", id);
        SurveyView view = navigate("surveys/" + id, SurveyView.class);
        assertThat(view.scales).hasSize(2);

        var first = view.scales.values().iterator().next();
        first.setValue(9);
        test(view.save).click();
        var second = view.scales.values().stream().skip(1).findFirst().orElseThrow();
        assertThat(second.isInvalid()).isTrue();
        assertThat(second.getErrorMessage()).isEqualTo("Pick 1 to 5.");

        second.setValue(5);
        test(view.save).click();
        em.flush();
        assertThat(jdbc.queryForObject("""
                select count(*) from survey_answer a join survey_response r on r.id = a.response_id
                join enrollment e on e.id = r.enrollment_id join app_user u on u.employee_id = e.employee_id
                where r.survey_id = ? and u.username = 'mentee'""", Long.class, id)).isEqualTo(2);
    }

    @Test
    void someoneTheSurveyDoesNotAskSeesNothing() {
        data.signIn("hr");
        navigate("surveys/" + closing(), SurveyView.class);
        assertThat($(H2.class).first().getText()).isEqualTo("Survey not found");
    }
}
