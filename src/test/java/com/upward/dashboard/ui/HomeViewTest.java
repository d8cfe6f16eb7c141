package com.upward.dashboard.ui;

import com.upward.testsupport.RenderedUi;
import com.upward.program.ProgramTestData;
import com.upward.survey.SurveyTestData;
import com.upward.testsupport.TestTime;
import com.vaadin.flow.component.UI;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** The employee's home page shows each pair (who, how to reach them, since when) and the surveys open today. */
@SpringBootTest
@ViewPackages(packages = "com.upward")
class HomeViewTest extends SpringBrowserlessTest {

    @Autowired
    ProgramTestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SurveyTestData surveys;

    @Test
    void aMenteeSeesTheirMentorWithEmailAndStart() {
        data.signIn("mentee");
        navigate(HomeView.class);

        var mentor = jdbc.queryForMap("""
                select concat(mr.first_name, ' ', mr.last_name) as name, mr.email, a.starts_on
                from mentor_assignment a join cohort c on c.id = a.cohort_id
                join enrollment een on een.id = a.mentee_enrollment_id join app_user u on u.employee_id = een.employee_id
                join enrollment ren on ren.id = a.mentor_enrollment_id join employee mr on mr.id = ren.employee_id
                where u.username = 'mentee' and c.status = 'ACTIVE' and a.status = 'ACTIVE'""");
        assertThat(RenderedUi.select(UI.getCurrent(), ".partners li")).anySatisfy(item -> {
            assertThat(item.text()).startsWith(mentor.get("name") + " · ").contains(" · since ");
            assertThat(item.select("a").attr("href")).isEqualTo("mailto:" + mentor.get("email"));
        });
    }

    /** Issue 24: the executive's home showed an empty "What's next for you?" heading. */
    @Test
    void whatsNextIsLeftOutForSomeoneWithNothingComingUp() {
        data.signIn("exec");
        assertThat(RenderedUi.text(navigate(HomeView.class))).doesNotContain("What's next for you?")
                .contains("You are not in a mentoring cohort yet.");
    }

    @Test
    void whatsNextIsShownToAMenteeWithACheckInComingUp() {
        data.signIn("mentee");
        assertThat(RenderedUi.text(navigate(HomeView.class))).contains("What's next for you?");
    }

    @Test
    void aMentorSeesEachMentee() {
        data.signIn("mentor");
        navigate(HomeView.class);

        long mentees = jdbc.queryForObject("""
                select count(*) from mentor_assignment a join cohort c on c.id = a.cohort_id
                join enrollment ren on ren.id = a.mentor_enrollment_id join app_user u on u.employee_id = ren.employee_id
                where u.username = 'mentor' and a.status = 'ACTIVE'""", Long.class);
        assertThat(mentees).isPositive();
        assertThat(RenderedUi.select(UI.getCurrent(), ".partners li a[href^=mailto:]")).hasSize((int) mentees);
    }

    @Test
    @Transactional
    void anUnansweredSurveyIsAToDoWithALinkToAnswerIt() {
        long closing = surveys.demoSurvey("COMPLETED", "CLOSING");
        surveys.forgetAnswers("mentee", closing);
        surveys.onTheFirstDayOf(closing);
        data.signIn("mentee");
        navigate(HomeView.class);

        assertThat(RenderedUi.select(UI.getCurrent(), ".todo a[router-link]")).anySatisfy(link -> {
            assertThat(link.attr("href")).isEqualTo("surveys/" + closing);
            assertThat(link.text()).isEqualTo("Answer now");
        });
    }

    @Test
    @Transactional
    void aSurveyIsAToDoThroughItsLastDayAndNoLongerAfter() {
        long closing = surveys.demoSurvey("COMPLETED", "CLOSING");
        surveys.forgetAnswers("mentee", closing);
        data.signIn("mentee");
        String link = "a[href=\"surveys/" + closing + "\"]";

        TestTime.clock().setToEndOf(surveys.lastDayOf(closing));
        navigate(HomeView.class);
        assertThat(RenderedUi.select(UI.getCurrent(), ".todo " + link)).hasSize(1);

        TestTime.clock().setToStartOf(surveys.lastDayOf(closing).plusDays(1));
        UI.getCurrent().refreshCurrentRoute(false);
        assertThat(RenderedUi.select(UI.getCurrent(), ".participation")).isNotEmpty();
        assertThat(RenderedUi.select(UI.getCurrent(), link)).isEmpty();
    }
}
