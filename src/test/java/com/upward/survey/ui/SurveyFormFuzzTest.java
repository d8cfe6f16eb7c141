package com.upward.survey.ui;

import com.upward.program.ProgramTestData;
import com.upward.survey.SurveyTestData;
import com.upward.testsupport.RenderedUi;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers off the scale, as a client other than the page could send them (the page offers only the scale's
 * points): refused beside the question and nothing stored; an answer on the scale is stored. Rolled back.
 */
@SpringBootTest
@ViewPackages(packages = "com.upward")
@Transactional
@Tag("db")
class SurveyFormFuzzTest extends SpringBrowserlessTest {

    @Autowired
    ProgramTestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager em;
    @Autowired
    SurveyTestData surveys;

    @Test
    void anAnswerOffTheScaleIsRefusedBesideItsQuestion() {
        data.signIn("mentee");
        long survey = surveys.demoSurvey("COMPLETED", "CLOSING");
        surveys.forgetAnswers("mentee", survey);
        surveys.onTheFirstDayOf(survey);
        for (int offScale : List.of(-1, 11, 6, Integer.MIN_VALUE, Integer.MAX_VALUE)) {
            SurveyView view = navigate("surveys/" + survey, SurveyView.class);
            view.scales.values().forEach(scale -> scale.setValue(offScale));
            test(view.save).click();

            assertThat(view.scales.values()).as("%d", offScale).anySatisfy(scale -> {
                assertThat(scale.isInvalid()).isTrue();
                assertThat(scale.getErrorMessage()).startsWith("Pick ");
            });
            RenderedUi.assertTextOnly(UI.getCurrent());
            em.flush();
            assertThat(jdbc.queryForObject("select count(*) from survey_response where survey_id = ?"
                    + " and submitted_at is not null and enrollment_id in (select e.id from enrollment e join app_user u"
                    + " on u.employee_id = e.employee_id where u.username = 'mentee')", Long.class, survey)).isZero();
        }
        SurveyView view = navigate("surveys/" + survey, SurveyView.class);
        view.scales.values().forEach(scale -> scale.setValue(scaleMax(scale)));
        test(view.save).click();
        em.flush();
        assertThat(RenderedUi.refusals(UI.getCurrent())).isEmpty();
    }

    private static int scaleMax(RadioButtonGroup<Integer> scale) {
        return scale.getListDataView().getItems().max(Integer::compare).orElseThrow();
    }
}
