package com.upward.checkin.ui;

import com.upward.testsupport.RenderedUi;
import com.upward.testsupport.DomEventTester;
import com.upward.goals.GoalStatus;
import com.upward.checkin.internal.CheckInService;
import com.upward.checkin.DemoCheckIns;
import com.upward.checkin.HelpUrgency;
import com.upward.checkin.internal.CheckInModels.CheckInDetail;
import com.upward.checkin.internal.CheckInModels.CheckInInput;
import com.upward.program.ProgramTestData;
import com.upward.base.ui.Formats;
import com.upward.survey.SurveyTestData;
import com.upward.testsupport.TestTime;
import com.vaadin.flow.component.UI;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** "My check-ins" and the check-in form, on the demo mentee's running cohort (writes are rolled back). */
@SpringBootTest
@ViewPackages(packages = "com.upward")
@Transactional
class CheckInViewTest extends SpringBrowserlessTest {

    @Autowired
    ProgramTestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager em;
    @Autowired
    CheckInService checkIns;
    @Autowired
    SurveyTestData surveys;

    long draft;

    @BeforeEach
    void signIn() {
        draft = DemoCheckIns.of(jdbc, "mentee", "DRAFT");
        data.signIn("mentee");
    }

    CheckInView open(long id) {
        return navigate("checkins/" + id, CheckInView.class);
    }

    @Test
    void theListOffersTheRightActionForEachCheckIn() {
        MyCheckInsView view = navigate(MyCheckInsView.class);

        var links = RenderedUi.select(view, ".checkin-line a[router-link]");
        assertThat(links).hasSize(checkIns.myCheckIns().size());
        assertThat(links.eachText()).contains("Start check-in", "Continue", "View feedback");
        var draftLine = links.stream().filter(a -> a.text().equals("Continue")).findFirst().orElseThrow();
        assertThat(draftLine.attr("href")).isEqualTo("checkins/" + draft);
        assertThat(draftLine.hasClass("primary")).isTrue();

        UI.getCurrent().navigate(draftLine.attr("href"));  // what the browser's router does with the link
        assertThat(getCurrentView()).isInstanceOf(CheckInView.class);
    }

    @Test
    void theSurveysToAnswerAreTheOnesOpenToday() {
        long closing = surveys.demoSurvey("COMPLETED", "CLOSING");
        surveys.forgetAnswers("mentee", closing);
        LocalDate lastDay = surveys.lastDayOf(closing);
        TestTime.clock().setToEndOf(lastDay);
        MyCheckInsView view = navigate(MyCheckInsView.class);
        assertThat(RenderedUi.select(view, ".todo")).anySatisfy(todo -> {
            assertThat(todo.text()).contains("open until " + Formats.date(lastDay));
            assertThat(todo.select("a").attr("href")).isEqualTo("surveys/" + closing);
        });

        TestTime.clock().setToStartOf(lastDay.plusDays(1));
        UI.getCurrent().refreshCurrentRoute(false);
        view = (MyCheckInsView) getCurrentView();
        assertThat(RenderedUi.select(view, ".checkin-line")).isNotEmpty();
        assertThat(RenderedUi.select(view, "a[href=\"surveys/" + closing + "\"]")).isEmpty();
    }

    @Test
    void eachGoalsLineSendsItsProgressStatusAndSetbackAndNothingElse() {
        CheckInView view = open(draft);
        assertThat(view.goals).isNotEmpty();
        GoalProgressRow first = view.goals.getFirst();
        var line = new DomEventTester(first);
        line.setProperty("progress", 65.0);
        line.setProperty("status", "AT_RISK");
        line.setProperty("setback", true);
        assertThat(first.value().progress()).isEqualTo(65);
        assertThat(first.value().status()).isEqualTo(GoalStatus.AT_RISK);
        assertThat(first.value().setback()).isTrue();

        // what the browser may send but the line does not offer: pivoting happens on the goals page
        GoalStatus before = view.goals.getLast().value().status();
        var last = new DomEventTester(view.goals.getLast());
        last.setProperty("status", before == GoalStatus.PIVOTED ? "ACHIEVED" : "PIVOTED");
        last.setProperty("progress", 250.0);
        assertThat(view.goals.getLast().value().status()).isEqualTo(before);
        assertThat(view.goals.getLast().value().progress()).isEqualTo(100);
        assertThatThrownBy(() -> line.setProperty("goalId", 1L)).isInstanceOf(AssertionError.class);

        view.confidence.setValue(3);
        test(view.submit).click();
        em.flush();
        assertThat(jdbc.queryForObject("select count(*) from check_in_goal_update where check_in_id = ? and"
                + " progress = 65 and status = 'AT_RISK' and setback = true", Integer.class, draft)).isOne();

        // a reviewed check-in's lines take nothing from the browser
        CheckInView reviewed = open(DemoCheckIns.of(jdbc, "mentee", "REVIEWED"));
        assertThat(reviewed.goals).isNotEmpty();
        assertThatThrownBy(() -> new DomEventTester(reviewed.goals.getFirst()).setProperty("progress", 5.0))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void aSetbackWithoutALessonGetsAGentleNudgeNotABlock() {
        CheckInView view = open(draft);

        test(view.setbacks).setValue("The migration slipped a week");
        test(view.lessons).setValue("");
        assertThat(view.nudge.isVisible()).isTrue();
        test(view.lessons).setValue("Ask for help on day one, not day five");
        assertThat(view.nudge.isVisible()).isFalse();
    }

    @Test
    void submittingNeedsTheConfidenceBesideItsFieldAndThenGoesBackToTheList() {
        CheckInView view = open(draft);
        view.confidence.clear();
        test(view.submit).click();
        assertThat(view.confidence.isInvalid()).isTrue();
        assertThat(view.confidence.getErrorMessage()).startsWith("How confident do you feel");

        test(view.wins).setValue("Ran my first retro 🎉");
        view.confidence.setValue(4);
        test(view.submit).click();
        em.flush();

        assertThat(jdbc.queryForObject("select status from check_in where id = ?", String.class, draft))
                .isEqualTo("SUBMITTED");
        assertThat(jdbc.queryForObject("select wins from check_in where id = ?", String.class, draft))
                .isEqualTo("Ran my first retro 🎉");
        assertThat(getCurrentView()).isInstanceOf(MyCheckInsView.class);
    }

    @Test
    void inGermanTheFormAndTheListSpeakGermanAndCountTheSubmissions() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        CheckInView view = open(draft);

        assertThat(view.getPageTitle()).isEqualTo("Check-in");
        assertThat(view.wins.getLabel()).isEqualTo("Erfolge");
        assertThat(view.wins.getPlaceholder()).contains("Was lief gut");
        assertThat(view.setbacks.getLabel()).isEqualTo("Rückschläge");
        assertThat(view.lessons.getLabel()).isEqualTo("Erkenntnisse");
        assertThat(view.saveDraft.getText()).isEqualTo("Entwurf speichern");
        assertThat(view.submit.getText()).isEqualTo("Abgeben");
        assertThat(RenderedUi.text(view)).contains("← Meine Check-ins", "Treffen mit Ihrem Mentor",
                "In diesem Zeitraum", "Wie es Ihnen geht", "Zeitraum ab ").doesNotContain("einmal abgegeben");
        assertThat(RenderedUi.text(view.goals.getFirst())).contains("In Arbeit",
                "Der Rückschlag dieses Zeitraums betrifft dieses Ziel");

        DemoCheckIns.submitWithHelp(checkIns, draft, HelpUrgency.NORMAL);
        em.flush();
        view = open(draft);
        assertThat(RenderedUi.text(view)).contains(" · einmal abgegeben");
        assertThat(view.submit.getText()).isEqualTo("Änderungen abgeben");
        DemoCheckIns.submitWithHelp(checkIns, draft, HelpUrgency.NORMAL);
        em.flush();
        view = open(draft);
        assertThat(RenderedUi.text(view)).contains(" · 2 Mal abgegeben");

        MyCheckInsView list = navigate(MyCheckInsView.class);
        assertThat(list.getPageTitle()).isEqualTo("Meine Check-ins");
        assertThat(RenderedUi.text(list)).contains("Rückschläge sind Daten, keine Urteile.", "Abgegeben");
        assertThat(RenderedUi.select(list, ".checkin-line a[router-link]").eachText()).contains("Check-in beginnen",
                "Ansehen oder ändern");
    }

    @Test
    void anotherPersonTypingTheIdSeesNothingOfIt() {
        CheckInDetail mine = checkIns.detail(draft);
        CheckInInput c = mine.content();
        checkIns.saveDraft(draft, mine.version(), new CheckInInput(c.meetingHeld(), c.meetingOn(), c.meetingMinutes(),
                c.goals(), "A very private win", c.setbacks(), c.lessons(), c.nextSteps(), c.supportNeeded(),
                c.helpRequested(), c.urgency(), c.confidence(), "secret note"));
        em.flush();

        for (String other : List.of("mentee2", "mentor", "hr", "exec")) {
            data.signIn(other);
            open(draft);
            assertThat($(H2.class).first().getText()).as(other).isEqualTo("Check-in not found");
            String page = RenderedUi.text(getCurrentView());
            assertThat(page).as(other).contains("does not exist or is not yours")
                    .doesNotContain("A very private win").doesNotContain("secret note");
        }
    }

    @Test
    void aSaveAfterAnotherTabSavedIsAConflictWithAReload() {
        CheckInView view = open(draft);
        CheckInDetail other = checkIns.detail(draft);
        CheckInInput c = other.content();
        checkIns.saveDraft(draft, other.version(), new CheckInInput(c.meetingHeld(), c.meetingOn(),
                c.meetingMinutes(), c.goals(), "Saved in the other tab", c.setbacks(), c.lessons(), c.nextSteps(),
                c.supportNeeded(), c.helpRequested(), c.urgency(), c.confidence(), c.privateNotes()));
        em.flush();

        test(view.wins).setValue("Typed in this tab");
        test(view.saveDraft).click();

        ConfirmDialog conflict = $(ConfirmDialog.class).single();
        assertThat(test(conflict).getHeader()).isEqualTo("Your check-in was not saved");
        em.flush();
        assertThat(jdbc.queryForObject("select wins from check_in where id = ?", String.class, draft))
                .isEqualTo("Saved in the other tab");
        test(conflict).confirm();
        assertThat(view.wins.getValue()).isEqualTo("Saved in the other tab");
    }
}
