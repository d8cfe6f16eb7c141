package com.upward.survey.ui;

import com.upward.program.ProgramTestData;
import com.upward.survey.SurveyTestData;
import com.upward.testsupport.TestTime;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import jakarta.persistence.EntityManager;
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

/** Answering a survey while it is open, and what its page shows before and after (writes rolled back). */
@SpringBootTest
@ViewPackages(packages = "com.upward")
@Transactional
class SurveyViewTest extends SpringBrowserlessTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    @Autowired
    ProgramTestData data;
    @Autowired
    SurveyTestData surveys;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager em;

    long closing() {
        return surveys.demoSurvey("COMPLETED", "CLOSING");
    }

    /** The demo's closing survey, which "mentee" (signed in) has not answered. */
    long unansweredBySignedInMentee() {
        data.signIn("mentee");
        long id = closing();
        surveys.forgetAnswers("mentee", id);
        return id;
    }

    @Test
    void everyScaleMustBeAnsweredThenTheAnswersAreSaved() {
        long id = unansweredBySignedInMentee();
        surveys.onTheFirstDayOf(id);
        SurveyView view = navigate("surveys/" + id, SurveyView.class);
        assertThat(view.scales).hasSize(2);
        assertThat(view.notOpen.isAttached()).isFalse();
        assertThat(view.getElement().getTextRecursively())
                .contains("Open until " + DAY.format(surveys.lastDayOf(id)) + ".");

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
    void afterItsLastDayTheAnswersAreShownReadOnlyWithSinceWhenItIsClosed() {
        long id = unansweredBySignedInMentee();
        LocalDate lastDay = surveys.lastDayOf(id);
        TestTime.clock().setTo(lastDay, LocalTime.of(18, 0));
        SurveyView open = navigate("surveys/" + id, SurveyView.class);
        open.scales.values().forEach(scale -> scale.setValue(4));
        test(open.save).click();
        em.flush();

        TestTime.clock().setToStartOf(lastDay.plusDays(1));
        assertReadOnly(navigate("surveys/" + id, SurveyView.class), "This survey has been closed since "
                + DAY.format(lastDay.plusDays(1)) + " and no longer takes answers.", 4);
    }

    @Test
    void beforeItsFirstDayTheQuestionsAreShownReadOnlyWithWhenItOpens() {
        long id = unansweredBySignedInMentee();
        LocalDate firstDay = surveys.firstDayOf(id);
        TestTime.clock().setToEndOf(firstDay.minusDays(1));

        assertReadOnly(navigate("surveys/" + id, SurveyView.class),
                "This survey opens on " + DAY.format(firstDay) + "; you can answer it from then.", null);
    }

    /** Both questions shown with {@code answer} (null: none), read-only, the sentence above them, no button. */
    private static void assertReadOnly(SurveyView view, String sentence, Integer answer) {
        assertThat(view.notOpen.getText()).isEqualTo(sentence);
        assertThat(view.notOpen.isAttached()).isTrue();
        assertThat(view.scales.values()).hasSize(2).allSatisfy(scale -> {
            assertThat(scale.isReadOnly()).isTrue();
            assertThat(scale.getValue()).isEqualTo(answer);
        });
        assertThat(view.save.isVisible()).isFalse();
    }

    @Test
    void someoneTheSurveyDoesNotAskSeesNothing() {
        data.signIn("hr");
        navigate("surveys/" + closing(), SurveyView.class);
        assertThat($(H2.class).first().getText()).isEqualTo("Survey not found");
    }

    @Test
    void aGermanReaderAnswersTheSurveyInGerman() {
        long id = unansweredBySignedInMentee();
        surveys.onTheFirstDayOf(id);
        UI.getCurrent().setLocale(Locale.GERMAN);
        SurveyView view = navigate("surveys/" + id, SurveyView.class);

        assertThat(view.getPageTitle()).isEqualTo("Umfrage");
        assertThat(view.getElement().getTextRecursively())
                .contains("HR sieht nur, wie viele Personen geantwortet haben, nie Ihre Antworten.")
                .contains("Offen bis " + DateTimeFormatter.ofPattern("d. MMM yyyy", Locale.GERMAN)
                        .format(surveys.lastDayOf(id)) + ".")
                .contains("← Meine Check-ins");
        assertThat(view.save.getText()).isEqualTo("Antworten senden");
        assertThat(view.scales.values()).extracting(scale -> scale.getHelperText())
                .allMatch(help -> help.startsWith("0 = ") || help.equals("1 = überhaupt nicht, 5 = voll und ganz"));

        view.scales.values().forEach(scale -> scale.setValue(scale.getHelperText().startsWith("0") ? 9 : 4));
        test(view.save).click();
        assertThat($(Notification.class).all()).extracting(n -> n.getElement().getProperty("text"))
                .contains("Vielen Dank: Ihre Antworten sind gespeichert.");
    }

    @Test
    void aSurveyNotFoundSaysSoInGerman() {
        data.signIn("hr");
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate("surveys/" + closing(), SurveyView.class);
        assertThat($(H2.class).first().getText()).isEqualTo("Umfrage nicht gefunden");
    }
}
