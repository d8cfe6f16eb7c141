package com.upward.program.ui;

import com.upward.program.CohortLinks;
import com.upward.program.internal.MyApplication;
import com.upward.program.ProgramTestData;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Location;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** An employee applies to an open cohort, sees it under "My applications", edits and withdraws it. */
@SpringBootTest
@ViewPackages(packages = "com.upward")
@Transactional
class OpenCohortsViewTest extends SpringBrowserlessTest {

    @Autowired
    ProgramTestData data;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void applyAsMenteeWithAnswersCheckedBesideTheFields() {
        data.signIn("mentee2");
        OpenCohortsView view = navigate(OpenCohortsView.class);
        String winter = jdbc.queryForObject("select name from cohort where status = 'ENROLLING'", String.class);
        assertThat($(Span.class).withTextContaining(winter).exists()).isTrue();

        test($(Button.class).withText("Apply as mentee").first()).click();
        ApplicationDialog dialog = $(ApplicationDialog.class).single();
        test(dialog.save).click();
        assertThat(dialog.topics.getErrorMessage()).isEqualTo("Add at least one focus area.");
        assertThat(dialog.motivation.getErrorMessage()).isEqualTo("Say what you want to learn.");

        dialog.topics.setValue(Set.of("resilience"));
        test(dialog.motivation).setValue("I want to stop freezing after a failed release.");
        test(dialog.availability).setValue("Mornings");
        test(dialog.save).click();

        assertThat(ViewTestSupport.texts($(Notification.class).all()))
                .contains("Application sent. HR will let you know.");
        assertThat(test(view.mine).size()).isGreaterThanOrEqualTo(1);
        MyApplication applied = view.mine.getListDataView().getItems()
                .filter(a -> a.cohortName().equals(winter)).findFirst().orElseThrow();
        assertThat(applied.editable()).isTrue();
        assertThat($(Span.class).withText("Your application: mentee, applied.").exists()).isTrue();
    }

    @Test
    void anApplicantEditsAndWithdrawsTheirApplication() {
        data.signIn("mentee3");
        OpenCohortsView view = navigate(OpenCohortsView.class);
        assertThat($(Button.class).withText("Apply as mentee").exists()).as("applied already").isFalse();
        int row = rowOf(view, "ENROLLING");
        var actions = (HorizontalLayout) test(view.mine).getCellComponent(row, 5);

        test((Button) actions.getComponentAt(0)).click();
        ApplicationDialog dialog = $(ApplicationDialog.class).single();
        assertThat(dialog.topics.getValue()).isNotEmpty();
        test(dialog.availability).setValue("Friday mornings");
        test(dialog.save).click();
        assertThat(jdbc.queryForObject("select e.availability from enrollment e join cohort c on c.id = e.cohort_id"
                + " where c.status = 'ENROLLING' and e.employee_id = ?", String.class,
                data.signIn("mentee3").employeeId())).isEqualTo("Friday mornings");

        actions = (HorizontalLayout) test(view.mine).getCellComponent(rowOf(view, "ENROLLING"), 5);
        test((Button) actions.getComponentAt(1)).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(view.mine.getListDataView().getItems().filter(a -> a.cohortStatus().name().equals("ENROLLING"))
                .findFirst().orElseThrow().status().name()).isEqualTo("WITHDRAWN");
        assertThat($(Span.class).withText("You withdrew your application; you can apply again.").exists()).isTrue();
        assertThat($(Button.class).withText("Apply as mentee").exists()).isTrue();
    }

    /** Issue 24: an invitation's link opens the person's own application form to that cohort. */
    @Test
    void theInvitationsLinkOpensTheApplicationForm() {
        data.signIn("mentee3");
        long enrolling = jdbc.queryForObject("select id from cohort where status = 'ENROLLING'", Long.class);
        var link = new Location(CohortLinks.application(enrolling));
        UI.getCurrent().navigate(link.getPath(), link.getQueryParameters());

        ApplicationDialog dialog = $(ApplicationDialog.class).single();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.topics.getValue()).as("their own answers").isNotEmpty();
    }

    @Test
    void aLinkToACohortWithoutTheirApplicationOpensNoForm() {
        data.signIn("mentee3");
        var link = new Location(CohortLinks.application(999_999_999L));
        UI.getCurrent().navigate(link.getPath(), link.getQueryParameters());
        assertThat($(ApplicationDialog.class).exists()).isFalse();
    }

    private int rowOf(OpenCohortsView view, String cohortStatus) {
        var items = view.mine.getListDataView().getItems().toList();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).cohortStatus().name().equals(cohortStatus)) {
                return i;
            }
        }
        throw new AssertionError("no application in a " + cohortStatus + " cohort");
    }
}
