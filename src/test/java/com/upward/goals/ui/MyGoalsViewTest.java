package com.upward.goals.ui;

import com.upward.testsupport.LightElementTester;
import com.upward.goals.GoalService;
import com.upward.goals.GoalType;
import com.upward.goals.GoalModels.GoalForm;
import com.upward.program.ProgramTestData;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The mentee's goals page, on the demo mentee (each test's writes are rolled back). */
@SpringBootTest
@ViewPackages(packages = "com.upward")
@Transactional
class MyGoalsViewTest extends SpringBrowserlessTest {

    @Autowired
    ProgramTestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager em;
    @Autowired
    GoalService goals;

    long active;
    LocalDate startsOn;
    LocalDate endsOn;

    @BeforeEach
    void signIn() {
        data.signIn("mentee");
        DemoEnrollment demo = DemoEnrollment.of(jdbc, "mentee");
        active = demo.id();
        startsOn = demo.startsOn();
        endsOn = demo.endsOn();
    }

    long goalsInDb() {
        em.flush();
        return jdbc.queryForObject("select count(*) from goal where enrollment_id = ?", Long.class, active);
    }

    @Test
    void theActiveCohortsGoalsAreShown() {
        MyGoalsView view = navigate(MyGoalsView.class);

        assertThat(view.cohort.getValue().enrollmentId()).isEqualTo(active);
        assertThat(view.panels).hasSize((int) goalsInDb());
        assertThat(view.newGoal.isEnabled()).isTrue();
        // contributed by reporting, which sits above goals
        assertThat(view.downloads).singleElement().isInstanceOfSatisfying(Anchor.class, growthReport -> {
            assertThat(growthReport.getText()).isEqualTo("Download my growth report (PDF)");
            assertThat(growthReport.getHref()).isNotBlank();
            assertThat(growthReport.isAttached()).isTrue();
        });
    }

    @Test
    void aNewGoalIsCheckedBesideEachFieldAndThenShown() {
        MyGoalsView view = navigate(MyGoalsView.class);
        long before = goalsInDb();

        GoalDialog dialog = savedEmpty(view);
        assertThat(dialog.title.getErrorMessage()).isEqualTo("This cannot be empty.");

        test(dialog.title).setValue("Speak up in design reviews");
        test(dialog.why).setValue("My ideas get lost because I wait too long 🙈");
        dialog.target.setValue(endsOn.minusDays(14));
        assertThat(dialog.why.getHelperText()).isEqualTo("44 / 4000");
        test(dialog.save).click();

        assertThat(goalsInDb()).isEqualTo(before + 1);
        assertThat(view.panels).hasSize((int) before + 1);
    }

    @Test
    void milestonesAreAddedAndTickedOff() {
        long id = goals.create(active, new GoalForm(GoalType.OUTCOME, "Ship the retro format", null, null, endsOn));
        MyGoalsView view = navigate(MyGoalsView.class);
        GoalPanel panel = view.panels.getLast();

        assertThat(panel.newMilestone).as("made when asked for").isNull();
        assertThat(panel.goalData().get("adderOpen").asBoolean()).isFalse();
        click(panel, "add", "");
        test(panel.newMilestone).setValue("Draft the agenda");
        test(panel.addMilestone).click();
        GoalPanel refreshed = view.panels.getLast();
        assertThat(milestoneTitles(refreshed)).containsExactly("Draft the agenda");
        assertThat(refreshed.newMilestone).as("open for the next step").isNotNull();
        assertThat(refreshed.goalData().get("facts").asString()).endsWith(" · 0 of 1 milestone done");
        assertThat(refreshed.goalData().get("adderOpen").asBoolean()).as("no button beside the field").isTrue();

        click(refreshed, "done", "not a milestone id");
        click(refreshed, "done", milestone(refreshed, 0).get("id").asString());
        em.flush();
        assertThat(jdbc.queryForObject("select done from milestone where goal_id = ?", Boolean.class, id)).isTrue();
    }

    @Test
    void milestonesMoveAndAreRemovedAfterConfirmation() {
        long id = goals.create(active, new GoalForm(GoalType.OUTCOME, "Run the retro", null, null, endsOn));
        for (String step : List.of("First step", "Second step")) {
            em.flush();
            goals.addMilestone(id, jdbc.queryForObject("select version from goal where id = ?", Long.class, id), step);
        }
        em.flush();
        MyGoalsView view = navigate(MyGoalsView.class);
        GoalPanel panel = view.panels.getLast();
        assertThat(milestoneTitles(panel)).containsExactly("First step", "Second step");

        click(panel, "down", milestone(panel, 0).get("id").asString());   // move "First step" down
        em.flush();
        assertThat(jdbc.queryForList("select title from milestone where goal_id = ? order by position",
                String.class, id)).containsExactly("Second step", "First step");

        panel = view.panels.getLast();
        assertThat(milestoneTitles(panel)).containsExactly("Second step", "First step");
        click(panel, "remove", milestone(panel, 1).get("id").asString());
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).isEqualTo("Remove this milestone?");
        test(confirm).confirm();
        em.flush();
        assertThat(jdbc.queryForList("select title from milestone where goal_id = ?", String.class, id))
                .containsExactly("Second step");
    }

    @Test
    void inGermanThePageAndItsDialogsSpeakGermanAndCountMilestonesInTheRightForm() {
        long one = goals.create(active, new GoalForm(GoalType.LEARNING, "Schwieriges Feedback geben", null, null,
                endsOn));
        em.flush();
        goals.addMilestone(one, version(one), "Erstes Gespräch");
        long two = goals.create(active, new GoalForm(GoalType.OUTCOME, "Die Retro leiten", null, null, endsOn));
        for (String step : List.of("Agenda schreiben", "Team einladen")) {
            em.flush();
            goals.addMilestone(two, version(two), step);
        }
        em.flush();
        UI.getCurrent().setLocale(Locale.GERMAN);

        MyGoalsView view = navigate(MyGoalsView.class);

        assertThat(view.getPageTitle()).isEqualTo("Meine Ziele");
        assertThat($(H2.class).first().getText()).isEqualTo("Meine Ziele");
        assertThat(view.newGoal.getText()).isEqualTo("Neues Ziel");
        assertThat(view.cohort.getLabel()).isEqualTo("Kohorte");
        GoalPanel learning = panel(view, "Schwieriges Feedback geben");
        assertThat(learning.goalData().get("facts").asString()).endsWith(" · 0 von 1 Meilenstein erledigt");
        assertThat(panel(view, "Die Retro leiten").goalData().get("facts").asString())
                .startsWith("0 % · Zieltermin ").endsWith(" · 0 von 2 Meilensteinen erledigt");
        List<String> badges = new java.util.ArrayList<>();
        learning.goalData().get("badges").forEach(b -> badges.add(b.get("text").asString()));
        assertThat(badges).containsExactly("Lernziel", "Nicht begonnen");
        assertThat(learning.goalData().get("texts").get("addMilestone").asString()).isEqualTo("Meilenstein hinzufügen");
        assertThat(milestone(learning, 0).get("texts").get("remove").asString())
                .isEqualTo("Entfernen: Erstes Gespräch");

        click(learning, "status", "");
        StatusDialog status = $(StatusDialog.class).single();
        assertThat(status.getHeaderTitle()).isEqualTo("Status von „Schwieriges Feedback geben“");
        assertThat(status.status.getHelperText()).contains("Rückschlag");
        test(status.status).selectItem("Neu ausgerichtet");
        assertThat(status.replacement.getLabel()).isEqualTo("Ersetzt durch");
        status.close();

        test(view.newGoal).click();
        GoalDialog dialog = $(GoalDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Neues Ziel");
        assertThat(dialog.why.getLabel()).isEqualTo("Warum es wichtig ist");
        assertThat(dialog.type.getHelperText()).startsWith("Lernziel: eine Fähigkeit");
        assertThat(dialog.save.getText()).isEqualTo("Speichern");
    }

    @Test
    void inGermanTheServicesRefusalsStandBesideTheFieldsInGerman() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        MyGoalsView view = navigate(MyGoalsView.class);
        long before = goalsInDb();

        GoalDialog dialog = savedEmpty(view);
        assertThat(dialog.title.getErrorMessage()).isEqualTo("Dieses Feld darf nicht leer sein.");

        test(dialog.title).setValue("Im Design-Review früher das Wort ergreifen");
        dialog.target.setValue(endsOn.plusDays(30));
        test(dialog.save).click();
        DateTimeFormatter germanDate = DateTimeFormatter.ofPattern("d. MMM yyyy", Locale.GERMAN);
        assertThat(dialog.target.isInvalid()).isTrue();
        assertThat(dialog.target.getErrorMessage()).isEqualTo("Wählen Sie ein Datum, an dem die Kohorte läuft, "
                + "zwischen dem " + germanDate.format(startsOn) + " und dem " + germanDate.format(endsOn) + ".");
        assertThat(goalsInDb()).isEqualTo(before);
    }

    /** Opens the new-goal dialog and saves it empty: the service refuses the title. */
    GoalDialog savedEmpty(MyGoalsView view) {
        test(view.newGoal).click();
        GoalDialog dialog = $(GoalDialog.class).single();
        test(dialog.save).click();
        assertThat(dialog.title.isInvalid()).isTrue();
        return dialog;
    }

    long version(long goalId) {
        return jdbc.queryForObject("select version from goal where id = ?", Long.class, goalId);
    }

    static GoalPanel panel(MyGoalsView view, String title) {
        return view.panels.stream().filter(p -> p.goalData().get("title").asString().equals(title)).findFirst()
                .orElseThrow();
    }

    /** A click on a button of the goal's element (a milestone's id as the value), as the browser sends it. */
    static void click(GoalPanel panel, String action, String value) {
        new LightElementTester<>(action.equals("comments") ? panel.commentsToggle : panel.body).act(action, value);
    }

    static List<String> milestoneTitles(GoalPanel panel) {
        List<String> titles = new java.util.ArrayList<>();
        panel.goalData().get("milestones").forEach(m -> titles.add(m.get("title").asString()));
        return titles;
    }

    static tools.jackson.databind.JsonNode milestone(GoalPanel panel, int index) {
        return panel.goalData().get("milestones").get(index);
    }

    @Test
    void aChangeFromAnotherTabIsAConflictWithAReloadNotAnOverwrite() {
        long id = goals.create(active, new GoalForm(GoalType.OUTCOME, "Original title", null, null, endsOn));
        em.flush();
        MyGoalsView view = navigate(MyGoalsView.class);
        GoalPanel stale = view.panels.getLast();

        // the other tab saves first
        long version = jdbc.queryForObject("select version from goal where id = ?", Long.class, id);
        goals.update(id, version, new GoalForm(GoalType.OUTCOME, "Changed in the other tab", null, null, endsOn));
        em.flush();

        click(stale, "add", "");
        test(stale.newMilestone).setValue("A step from this tab");
        test(stale.addMilestone).click();

        ConfirmDialog conflict = $(ConfirmDialog.class).single();
        assertThat(test(conflict).getHeader()).isEqualTo("Your change was not saved");
        assertThat(jdbc.queryForObject("select count(*) from milestone where goal_id = ?", Long.class, id)).isZero();
        test(conflict).confirm();
        assertThat(view.panels).extracting(p -> p.goalData().get("title").asString())
                .contains("Changed in the other tab");
    }

    @Test
    void aPivotWithoutItsReplacementIsRefusedBesideTheField() {
        goals.create(active, new GoalForm(GoalType.OUTCOME, "Old aim", null, null, endsOn));
        MyGoalsView view = navigate(MyGoalsView.class);

        GoalPanel panel = view.panels.getLast();
        click(panel, "status", "");
        StatusDialog dialog = $(StatusDialog.class).single();
        test(dialog.status).selectItem("Pivoted");
        test(dialog.save).click();

        assertThat(dialog.replacement.isInvalid()).isTrue();
        assertThat(dialog.replacement.getErrorMessage()).startsWith("Say which goal replaces this one");
    }

    @Test
    void aCompletedCohortIsReadOnly() {
        MyGoalsView view = navigate(MyGoalsView.class);
        var completed = view.cohort.getListDataView().getItems()
                .filter(e -> e.cohortStatus().equals("COMPLETED")).findFirst().orElseThrow();

        view.cohort.setValue(completed);

        assertThat(view.newGoal.isEnabled()).isFalse();
        assertThat(view.panels).allSatisfy(panel -> {
            assertThat(panel.goalData().get("editable").asBoolean()).as("no edit, add or milestone buttons")
                    .isFalse();
            click(panel, "add", "");   // sent by a tampered browser: ignored
            assertThat(panel.newMilestone).isNull();
            click(panel, "comments", "");
            assertThat(panel.comment).as("comments still open").isNotNull();
        });
    }
}
