package com.upward.program.ui;

import com.upward.testsupport.ShownTabs;
import com.upward.base.ui.LazyTabs;
import com.upward.program.CohortMove;
import com.upward.program.CohortStatus;
import com.upward.program.ProgramTestData;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The cohort page: lifecycle buttons, refusals, and each tab with the demo cohorts' data. */
@SpringBootTest
@ViewPackages(packages = "com.upward")
@Transactional
class CohortViewTest extends SpringBrowserlessTest {

    @Autowired
    ProgramTestData data;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void signIn() {
        data.signIn("hr");
    }

    @Test
    void enrollingCohortOffersStartAndCancelAndRefusesAStartWithUnmatchedMentees() {
        long id = demoCohort("ENROLLING");
        CohortView view = navigate("cohorts/" + id, CohortView.class);

        assertThat(view.moves.get(CohortMove.START).isEnabled()).isTrue();
        assertThat(view.moves.get(CohortMove.CANCEL).isEnabled()).isTrue();
        assertThat(view.moves.get(CohortMove.OPEN_ENROLLMENT).isEnabled()).isFalse();
        assertThat(view.moves.get(CohortMove.OPEN_ENROLLMENT).getTooltip().getText())
                .isEqualTo("Cannot open enrollment: enrollment is already open.");
        assertThat(view.moves.get(CohortMove.COMPLETE).getTooltip().getText())
                .isEqualTo("Cannot complete before the cohort has started.");

        test(view.moves.get(CohortMove.START)).click();
        test($(ConfirmDialog.class).single()).confirm();
        long unmatched = jdbc.queryForObject("select count(*) from enrollment where cohort_id = ? and side = 'MENTEE'"
                + " and status = 'ACCEPTED'", Long.class, id);
        assertThat(ViewTestSupport.texts($(Notification.class).all()))
                .contains("Cannot start: " + unmatched + " accepted mentees have no mentor.");
        assertThat(jdbc.queryForObject("select status from cohort where id = ?", String.class, id))
                .isEqualTo("ENROLLING");
    }

    @Test
    void openEnrollmentOfADraftAfterConfirmation() {
        long id = data.draftCohort();
        CohortView view = navigate("cohorts/" + id, CohortView.class);
        test(view.moves.get(CohortMove.OPEN_ENROLLMENT)).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(jdbc.queryForObject("select status from cohort where id = ?", String.class, id))
                .isEqualTo(CohortStatus.ENROLLING.name());
        assertThat(view.moves.get(CohortMove.OPEN_ENROLLMENT).isEnabled()).isFalse();
        assertThat(view.moves.get(CohortMove.START).isEnabled()).isTrue();
        assertThat(ViewTestSupport.texts($(Notification.class).all())).contains("Enrollment is open.");
    }

    @Test
    void participantsShowCapacityAndAcceptAnApplication() {
        long id = demoCohort("ENROLLING");
        CohortView view = navigate("cohorts/" + id, CohortView.class);
        test(view.tabs).select("Participants");
        roundTrip();
        ParticipantsTab tab = ShownTabs.content(view.tabs, "Participants");
        assertThat(tab.capacityLine.getText()).startsWith("Mentor capacity: ");
        sortEveryColumn(tab.grid);

        test(tab.status).selectItem("Applied");
        int applied = test(tab.grid).size();
        assertThat(applied).isPositive();
        String name = test(tab.grid).getRow(0).fullName();
        var actions = (HorizontalLayout) test(tab.grid).getCellComponent(0, 6);
        test((Button) actions.getComponentAt(0)).click();
        if ($(ConfirmDialog.class).exists()) {
            test($(ConfirmDialog.class).single()).confirm();
        }
        assertThat(ViewTestSupport.texts($(Notification.class).all())).contains(name + " is accepted.");
        assertThat(test(tab.grid).size()).isEqualTo(applied - 1);
    }

    @Test
    void bulkInvitationShowsTheCountBeforeInviting() {
        long id = data.enrollingCohort();
        CohortView view = navigate("cohorts/" + id, CohortView.class);
        test(view.tabs).select("Participants");
        roundTrip();
        ParticipantsTab tab = ShownTabs.content(view.tabs, "Participants");
        test(tab.inviteMany).click();
        BulkInviteDialog dialog = $(BulkInviteDialog.class).single();
        assertThat(dialog.count.getText()).isEqualTo("Choose at least one criterion: department, location or level.");

        test(dialog.department).selectItem("Engineering");
        test(dialog.minLevel).setValue(6);
        long expected = jdbc.queryForObject("select count(*) from employee where department = 'Engineering'"
                + " and job_level >= 6 and active = true", Long.class);
        assertThat(dialog.count.getText()).isEqualTo(expected + " people match and are not in the cohort yet.");

        test(dialog.invite).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).isEqualTo("Invite " + expected + " people?");
        test(confirm).confirm();
        assertThat(jdbc.queryForObject("select count(*) from enrollment where cohort_id = ? and invited = true"
                + " and side = 'MENTOR'", Long.class, id)).isEqualTo(expected);
        assertThat(test(tab.grid).size()).isEqualTo((int) expected);
    }

    @Test
    void inviteOneByOneRefusesSomeoneAlreadyInTheCohort() {
        long id = demoCohort("ENROLLING");
        long mentee3 = data.signIn("mentee3").employeeId();
        data.signIn("hr");
        CohortView view = navigate("cohorts/" + id, CohortView.class);
        test(view.tabs).select("Participants");
        roundTrip();
        ParticipantsTab tab = ShownTabs.content(view.tabs, "Participants");
        test(tab.invite).click();
        InviteDialog dialog = $(InviteDialog.class).single();
        String lastName = jdbc.queryForObject("select last_name from employee where id = ?", String.class, mentee3);
        test(dialog.employee).setFilter(lastName);
        var match = test(dialog.employee).getSuggestionItems().stream().filter(e -> e.id() == mentee3).findFirst()
                .orElseThrow();
        dialog.employee.setValue(match);
        test(dialog.side).selectItem("Mentor");
        test(dialog.save).click();

        assertThat(dialog.employee.isInvalid()).isTrue();
        assertThat(dialog.employee.getErrorMessage()).endsWith("is already a mentee in this cohort and cannot also be a mentor.");
    }

    @Test
    void activeCohortTabsShowPairsCheckInCountsAndGoals() {
        long id = demoCohort("ACTIVE");
        CohortView view = navigate("cohorts/" + id, CohortView.class);
        assertThat(view.moves.get(CohortMove.COMPLETE).isEnabled()).isTrue();
        // a tab's content is built when it is first shown, not with the page
        for (String tab : List.of("Participants", "Pairs", "Check-ins", "Goals")) {
            assertThat(test(view.tabs).<LazyTabs.Lazy>getTabContent(tab).content()).as(tab).isEmpty();
        }

        test(view.tabs).select("Pairs");
        roundTrip();
        PairsTab pairs = ShownTabs.content(view.tabs, "Pairs");
        assertThat(test(pairs.grid).size()).isPositive();
        sortEveryColumn(pairs.grid);

        test(view.tabs).select("Check-ins");
        roundTrip();
        CheckInsTab checkIns = ShownTabs.content(view.tabs, "Check-ins");
        assertThat(test(checkIns.grid).size()).isEqualTo(jdbc.queryForObject("select count(*) from enrollment"
                + " where cohort_id = ? and side = 'MENTEE' and status = 'ACCEPTED'", Integer.class, id));
        assertThat(checkIns.grid.getColumns().stream().map(c -> test(checkIns.grid).getHeaderCell(
                checkIns.grid.getColumns().indexOf(c))).toList())
                .containsExactly("Mentee", "Mentor", "On time", "Late", "Overdue", "Upcoming");
        sortEveryColumn(checkIns.grid);

        test(view.tabs).select("Goals");
        roundTrip();
        GoalsTab goals = ShownTabs.content(view.tabs, "Goals");
        assertThat(test(goals.grid).size()).isPositive();
        sortEveryColumn(goals.grid);
    }

    @Test
    void anUnknownCohortSaysSo() {
        navigate("cohorts/not-a-number", CohortView.class);
        assertThat($(H2.class).first().getText()).isEqualTo("Cohort not found");
    }

    private long demoCohort(String status) {
        return jdbc.queryForObject("select min(id) from cohort where status = ?", Long.class, status);
    }

    private <T> void sortEveryColumn(Grid<T> grid) {
        for (int i = 0; i < grid.getColumns().size(); i++) {
            if (test(grid).isColumnSortable(i)) {
                test(grid).sortByColumn(i, SortDirection.DESCENDING);
                assertThat(test(grid).size()).as("rows after sorting column %d", i).isPositive();
            }
        }
    }
}
