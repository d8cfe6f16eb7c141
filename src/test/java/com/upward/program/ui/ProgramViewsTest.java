package com.upward.program.ui;

import com.upward.testsupport.TestTime;
import com.upward.program.ProgramTestData;
import com.upward.testsupport.Fixtures;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The programs list and a program's page, as HR uses them. Writes are rolled back with the test transaction. */
@SpringBootTest
@ViewPackages(packages = "com.upward")
@Transactional
class ProgramViewsTest extends SpringBrowserlessTest {

    @Autowired
    ProgramTestData data;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void signIn() {
        data.signIn("hr");
    }

    @Test
    void listsProgramsAndFiltersByName() {
        ProgramsView view = navigate(ProgramsView.class);
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(2);

        test(view.search).setValue("growth circles");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).name()).isEqualTo("Engineering Growth Circles");
        assertThat(test(view.grid).getRow(0).cohorts()).isEqualTo(1);
    }

    @Test
    void newProgramIsValidatedBesideTheFieldsThenOpensItsPage() {
        ProgramsView view = navigate(ProgramsView.class);
        test(view.create).click();
        ProgramDialog dialog = $(ProgramDialog.class).single();

        test(dialog.save).click();
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Enter a name.");

        test(dialog.name).setValue("Failing Forward Leadership Track");
        test(dialog.save).click();
        assertThat(dialog.name.getErrorMessage())
                .isEqualTo("Another program is already called \"Failing Forward Leadership Track\".");

        String name = Fixtures.unique("Mentoring for new managers");
        test(dialog.name).setValue(name);
        test(dialog.maxMentees).setValue(2);
        test(dialog.save).click();

        assertThat(getCurrentView()).isInstanceOf(ProgramView.class);
        assertThat($(H2.class).first().getText()).isEqualTo(name);
        assertThat(ViewTestSupport.texts($(Notification.class).all())).contains("Program created.");
    }

    @Test
    void deactivateAfterConfirmation() {
        long id = data.program();
        String name = jdbc.queryForObject("select name from program where id = ?", String.class, id);
        ProgramsView view = navigate(ProgramsView.class);
        test(view.search).setValue(name);
        var actions = (HorizontalLayout) test(view.grid).getCellComponent(0, 4);
        Button deactivate = (Button) actions.getComponentAt(1);
        test(deactivate).click();

        test($(ConfirmDialog.class).single()).confirm();
        assertThat(jdbc.queryForObject("select active from program where id = ?", Boolean.class, id)).isFalse();
        assertThat(test(view.grid).size()).isZero();
        test(view.showInactive).click();
        assertThat(test(view.grid).getRow(0).active()).isFalse();
    }

    @Test
    void programPageListsCohortsAndCreatesOneWithConsistentDates() {
        long programId = jdbc.queryForObject("select id from program where name = 'Failing Forward Leadership Track'",
                Long.class);
        ProgramView view = navigate("programs/" + programId, ProgramView.class);
        @SuppressWarnings("unchecked")
        Grid<com.upward.program.internal.CohortLine> cohorts = view.cohortGrid;
        assertThat(test(cohorts).size()).isEqualTo(2);

        test(view.newCohort).click();
        CohortDialog dialog = $(CohortDialog.class).single();
        test(dialog.name).setValue(Fixtures.unique("Autumn"));
        LocalDate start = TestTime.today().plusDays(40);
        test(dialog.startsOn).setValue(start);
        test(dialog.opensOn).setValue(start.minusDays(20));
        test(dialog.closesOn).setValue(start.plusDays(1));
        assertThat(dialog.closesOn.isInvalid()).isTrue();
        assertThat(dialog.closesOn.getErrorMessage()).isEqualTo("Enrollment must close before the cohort starts.");
        test(dialog.endsOn).setValue(start.minusDays(1));
        assertThat(dialog.endsOn.getErrorMessage()).isEqualTo("The cohort must end after it starts.");

        test(dialog.closesOn).setValue(start.minusDays(3));
        test(dialog.endsOn).setValue(start.plusWeeks(26));
        assertThat(dialog.closesOn.isInvalid()).isFalse();
        test(dialog.save).click();

        assertThat(getCurrentView()).isInstanceOf(CohortView.class);
        assertThat(((CohortView) getCurrentView()).moves.get(com.upward.program.internal.CohortMove.OPEN_ENROLLMENT)
                .isEnabled()).isTrue();
    }

    /** Issue 24: each program says how often one person may take part; both rules are on for a new program. */
    @Test
    void theParticipationRulesAreOnByDefaultAndHrTurnsThemOff() {
        long programId = data.program();
        ProgramView view = navigate("programs/" + programId, ProgramView.class);
        assertThat(view.oneRunningCohort.getValue()).isTrue();
        assertThat(view.capacityAcross.getValue()).isTrue();

        test(view.oneRunningCohort).click();
        test(view.saveRules).click();

        assertThat(jdbc.queryForMap("select one_running_cohort_per_mentee as one, mentor_capacity_across_cohorts"
                + " as across from program where id = ?", programId))
                .containsEntry("one", false).containsEntry("across", true);
        assertThat(view.oneRunningCohort.getValue()).isFalse();
    }

    @Test
    void anUnknownProgramSaysSo() {
        navigate("programs/987654321", ProgramView.class);
        assertThat($(H2.class).first().getText()).isEqualTo("Program not found");
    }
}
