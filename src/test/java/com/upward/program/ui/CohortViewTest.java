package com.upward.program.ui;

import com.upward.testsupport.CohortActivity;
import com.upward.testsupport.CohortPageTabs;
import com.upward.testsupport.RenderedUi;
import com.upward.testsupport.ShownTabs;
import com.upward.base.ui.LazyTabs;
import com.upward.program.Cohort;
import com.upward.program.internal.CohortMove;
import com.upward.program.CohortStatus;
import com.upward.program.Enrollment;
import com.upward.survey.internal.Survey;
import com.upward.survey.SurveyKind;
import com.upward.survey.internal.SurveyResponse;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;

import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cohort page: lifecycle buttons, refusals, participants, and the tabs and overview sections other features
 * contribute (each feature's own tab is tested in its ui package: PairsTabTest, CheckInsTabTest, GoalsTabTest).
 */
@SpringBootTest
@ViewPackages(packages = "com.upward")
@Transactional
class CohortViewTest extends CohortPageTabs {

    @Autowired
    CohortActivity activity;
    @Autowired
    EntityManager em;

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
        // issue 24: 13 people showed 8 rows in a fixed box; a cohort this size shows everyone in the page
        assertThat(tab.grid.isAllRowsVisible()).isTrue();
        assertThat(tab.grid.getClassNames()).doesNotContain("page-table");
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

    /** Issue 24: accepting 13 applicants took 13 clicks, each with its own message. */
    @Test
    void everyoneSelectedIsDecidedAtOnceWithOneMessage() {
        long id = demoCohort("ENROLLING");
        CohortView view = navigate("cohorts/" + id, CohortView.class);
        test(view.tabs).select("Participants");
        roundTrip();
        ParticipantsTab tab = ShownTabs.content(view.tabs, "Participants");
        test(tab.status).selectItem("Applied");
        assertThat(tab.bulk.isVisible()).as("nothing selected yet").isFalse();
        var first = test(tab.grid).getRow(0);
        var second = test(tab.grid).getRow(1);

        tab.grid.select(first);
        tab.grid.select(second);
        assertThat(tab.bulk.waitlist.getText()).isEqualTo("Waitlist 2");
        test(tab.bulk.waitlist).click();

        assertThat(ViewTestSupport.texts($(Notification.class).all())).containsOnlyOnce("2 people waitlisted.");
        assertThat(jdbc.queryForList("select status from enrollment where id in (?, ?)", String.class,
                first.enrollmentId(), second.enrollmentId())).containsExactly("WAITLISTED", "WAITLISTED");
        assertThat(tab.grid.getSelectedItems()).isEmpty();
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
    void featuresContributeTheirTabsInAFixedOrderEachBuiltOnFirstShow() {
        long id = demoCohort("ACTIVE");
        CohortView view = navigate("cohorts/" + id, CohortView.class);
        assertThat(view.moves.get(CohortMove.COMPLETE).isEnabled()).isTrue();
        assertThat(IntStream.range(0, view.tabs.getTabCount()).mapToObj(i -> view.tabs.getTabAt(i).getLabel()))
                .containsExactly("Overview", "Participants", "Pairs", "Check-ins", "Goals");
        // a tab's content is built when it is first shown, not with the page
        List<String> lazy = List.of("Participants", "Pairs", "Check-ins", "Goals");
        for (String tab : lazy) {
            assertThat(test(view.tabs).<LazyTabs.Lazy>getTabContent(tab).content()).as(tab).isEmpty();
        }
        for (String tab : lazy) {
            assertThat(show(view.tabs, tab).getElement().getTextRecursively()).as(tab).isNotBlank();
        }
    }

    @Test
    void overviewShowsPeopleThenEachFeaturesSectionReadAgainWhenSelected() {
        CohortActivity.Cohort cohort = activity.create();
        CohortView view = navigate("cohorts/" + cohort.id(), CohortView.class);
        Component overview = test(view.tabs).getTabContent("Overview");

        assertThat(headings(overview)).containsExactly("People", "Check-ins", "Goals");
        assertThat(tiles(overview)).contains("Accepted mentors: 1", "Accepted mentees: 2", "Active pairs: 1",
                "Submitted: 2", "Due so far: 5", "Overdue (2+ days): 2",
                "In progress: 2", "Achieved: 1", "Not started: 0");

        // a survey opens and one of the two mentees answers it: the Overview shows it when selected again
        Survey survey = new Survey(em.getReference(Cohort.class, cohort.id()), SurveyKind.GROWTH_START,
                "Growth at the start", data.today());
        em.persist(survey);
        em.persist(new SurveyResponse(survey, em.getReference(Enrollment.class, cohort.mentee().getId()),
                data.today().atStartOfDay().toInstant(ZoneOffset.UTC)));
        em.flush();
        test(view.tabs).select("Participants");
        test(view.tabs).select("Overview");
        overview = test(view.tabs).getTabContent("Overview");
        assertThat(headings(overview)).containsExactly("People", "Check-ins", "Goals", "Surveys");
        // a survey is named by its kind, in the reader's language, whatever title it was stored with
        assertThat(tiles(overview)).contains("Growth self-assessment: start: answered: 1 of 2");
    }

    @Test
    void overviewOfAnEnrollingCohortSaysWhenGoalsCome() {
        long id = data.enrollingCohort();
        CohortView view = navigate("cohorts/" + id, CohortView.class);
        Component overview = test(view.tabs).getTabContent("Overview");

        assertThat(headings(overview)).containsExactly("People", "Check-ins", "Goals");
        assertThat(RenderedUi.text(overview)).contains("Mentees set their goals once the cohort has started.");
    }

    @Test
    void anUnknownCohortSaysSo() {
        navigate("cohorts/not-a-number", CohortView.class);
        assertThat($(H2.class).first().getText()).isEqualTo("Cohort not found");
    }

    private static List<String> headings(Component overview) {
        return overview.getChildren().filter(H3.class::isInstance).map(h -> ((H3) h).getText()).toList();
    }

    private static List<String> tiles(Component overview) {
        return RenderedUi.select(overview, ".tile").eachAttr("aria-label");
    }
}
