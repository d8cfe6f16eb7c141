package com.upward.checkin.ui;

import com.upward.testsupport.RenderedUi;
import com.upward.checkin.internal.CheckInService;
import com.upward.checkin.DemoCheckIns;
import com.upward.checkin.HelpUrgency;
import com.upward.program.ProgramTestData;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** "My mentees" and the mentor's reading of a check-in, on the demo pair mentor – mentee (writes rolled back). */
@SpringBootTest
@ViewPackages(packages = "com.upward")
@Transactional
class MentorCheckInViewTest extends SpringBrowserlessTest {

    @Autowired
    ProgramTestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager em;
    @Autowired
    CheckInService checkIns;

    long submitted;

    @BeforeEach
    void theMenteeSubmits() {
        submitted = DemoCheckIns.of(jdbc, "mentee", "DRAFT");
        data.signIn("mentee");
        DemoCheckIns.submitWithHelp(checkIns, submitted, HelpUrgency.URGENT);
        em.flush();
        data.signIn("mentor");
    }

    @Test
    void theMentorFindsTheCheckInReadsItWithoutPrivateNotesAndReviewsIt() {
        MyMenteesView mentees = navigate(MyMenteesView.class);
        int period = jdbc.queryForObject("select period_number from check_in where id = ?", Integer.class, submitted);
        var read = mentees.reads.stream()
                .filter(b -> ("Read period " + period + " of Łukasz Wiśniewski").equals(b.getAriaLabel().orElse("")))
                .findFirst().orElseThrow();
        assertThat(read.getText()).isEqualTo("Read and give feedback");
        test(read).click();
        MentorCheckInView view = (MentorCheckInView) getCurrentView();

        String page = RenderedUi.text(getCurrentView());
        assertThat(page).contains(DemoCheckIns.SETBACK).contains("Urgent help request")
                .doesNotContain(DemoCheckIns.PRIVATE_NOTE);
        test(view.send).click();
        assertThat(view.feedback.isInvalid()).isTrue();

        test(view.feedback).setValue("Good catch. I will introduce you to Sam on Monday.");
        view.acknowledge.setValue(true);
        test(view.send).click();
        em.flush();

        assertThat(jdbc.queryForObject("select status from check_in where id = ?", String.class, submitted))
                .isEqualTo("REVIEWED");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'READ' and entity_id = ?"
                + " and entity_type = 'CheckIn'", Long.class, submitted)).isPositive();
    }

    /**
     * A title stored before override characters were dropped: on the mentor's page it sits in its own isolated run,
     * so the app's text after it ("· 0% · Not started") cannot be reversed by it.
     */
    @Test
    void aGoalTitleIsIsolatedFromTheAppsTextAfterIt() {
        long goal = jdbc.queryForObject("select min(g.id) from goal g join check_in c on c.enrollment_id ="
                + " g.enrollment_id where c.id = ?", Long.class, submitted);
        String title = "\u202EShip the alerts";
        jdbc.update("update goal set title = ? where id = ?", title, goal);
        jdbc.update("insert into check_in_goal_update (check_in_id, goal_id, progress, status) values (?, ?, 0,"
                + " 'NOT_STARTED')", submitted, goal);
        em.clear(); // the submission's entities are still loaded

        navigate("mentees/checkins/" + submitted, MentorCheckInView.class);

        Element line = RenderedUi.components(UI.getCurrent()).stream()
                .filter(c -> c instanceof Paragraph && RenderedUi.text(c).contains(title)).findFirst().orElseThrow()
                .getElement();
        Element first = line.getChild(0);
        assertThat(first.isTextNode() ? "a text node: " + first.getText() : first.getTag()).as("the title's own run")
                .isEqualTo("bdi");
        assertThat(line.getChild(0).getTextRecursively()).isEqualTo(title);
        assertThat(line.getChildren().skip(1).map(Element::getTextRecursively).reduce("", String::concat))
                .as("the app's text, outside the title's run").isEqualTo(" · 0% · Not started");
    }

    @Test
    void inGermanTheMentorReadsTheCheckInInGerman() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        MyMenteesView mentees = navigate(MyMenteesView.class);
        assertThat(mentees.getPageTitle()).isEqualTo("Meine Mentees");
        int period = jdbc.queryForObject("select period_number from check_in where id = ?", Integer.class, submitted);
        String name = "Zeitraum " + period + " von Łukasz Wiśniewski lesen";
        var read = mentees.reads.stream().filter(b -> name.equals(b.getAriaLabel().orElse(""))).findFirst()
                .orElseThrow();
        assertThat(read.getText()).isEqualTo("Lesen und Feedback geben");
        assertThat(mentees.comments).allSatisfy(c -> assertThat(c.getText()).isEqualTo("Kommentieren"));

        test(read).click();
        MentorCheckInView view = (MentorCheckInView) getCurrentView();
        assertThat(view.getPageTitle()).isEqualTo("Check-in eines Mentees");
        assertThat(RenderedUi.text(view)).contains(" · Zeitraum " + period, "Dringende Bitte um Hilfe: ",
                "Rückschläge", "Erkenntnisse", "Nächste Schritte", "kein Treffen in diesem Zeitraum",
                "Zuversicht 3 von 5", "Gespräch mit ");
        assertThat(view.send.getText()).isEqualTo("Feedback senden");
        assertThat(view.acknowledge.getLabel()).startsWith("Ich habe die Bitte um Hilfe gesehen");
    }

    @Test
    void someoneWhoIsNotTheMentorSeesNothingOfIt() {
        for (String other : List.of("mentor2", "mentee2", "hr", "exec")) {
            data.signIn(other);
            navigate("mentees/checkins/" + submitted, MentorCheckInView.class);
            assertThat($(H2.class).first().getText()).as(other).isEqualTo("Check-in not found");
            assertThat(RenderedUi.text(getCurrentView())).as(other)
                    .contains("belongs to someone you do not mentor now").doesNotContain(DemoCheckIns.SETBACK);
        }
    }

    @Test
    void theMentorCommentsOnAGoalOfTheirMentee() {
        MyMenteesView mentees = navigate(MyMenteesView.class);
        var button = mentees.comments.stream().filter(b -> b.getAriaLabel().orElse("").startsWith("Comment on "))
                .findFirst().orElseThrow();
        test(button).click();
        GoalCommentDialog dialog = $(GoalCommentDialog.class).single();
        test(dialog.comment).setValue("Have you tried pairing on this with Sam?");
        test(dialog.send).click();
        em.flush();

        assertThat(jdbc.queryForObject("select count(*) from goal_comment where body = ?", Long.class,
                "Have you tried pairing on this with Sam?")).isOne();
    }
}
