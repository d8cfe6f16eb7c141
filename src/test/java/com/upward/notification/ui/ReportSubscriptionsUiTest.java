package com.upward.notification.ui;

import com.upward.notification.internal.DeliveryFrequency;
import com.upward.program.ProgramTestData;
import com.upward.testsupport.TestTime;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Subscribing from the reports page (the dialog says what arrives when; a second time is refused) and the "Report
 * subscriptions" section of the profile (empty state, Unsubscribe after a confirmation). Writes rolled back.
 */
@SpringBootTest
@ViewPackages(packages = "com.upward")
@Transactional
class ReportSubscriptionsUiTest extends SpringBrowserlessTest {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    @Autowired
    ProgramTestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager em;

    long subscriptions(String username) {
        em.flush();
        return jdbc.queryForObject("""
                select count(*) from report_subscription s join app_user u on u.id = s.subscriber_id
                where u.username = ?""", Long.class, username);
    }

    ReportSubscribeAction.SubscribeDialog openSubscribeDialog() {
        UI.getCurrent().navigate("reports");
        test($(Button.class).withText("Generate report").single()).click();
        test($(Button.class).withText("Subscribe…").single()).click();
        return $(ReportSubscribeAction.SubscribeDialog.class).single();
    }

    @Test
    void anExecutiveSubscribesBesideTheOutcomeReportAndCannotTwice() {
        data.signIn("exec");
        var dialog = openSubscribeDialog();
        var quarter = DeliveryFrequency.QUARTERLY.periodOf(TestTime.today());
        test(dialog.frequency).selectItem("Quarterly");
        assertThat(dialog.explanation.getText()).contains("for each calendar quarter")
                .contains("The first covers " + DATE.format(quarter.from()) + " – " + DATE.format(quarter.to())
                        + " and arrives on " + DATE.format(quarter.deliveredOn()) + ".");
        test(dialog.subscribe).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(subscriptions("exec")).isOne();

        var again = openSubscribeDialog();
        test(again.frequency).selectItem("Quarterly");
        test(again.subscribe).click();
        assertThat(again.isOpened()).isTrue();
        assertThat(again.frequency.isInvalid()).isTrue();
        assertThat(again.frequency.getErrorMessage()).isEqualTo("You already get this report quarterly.");
        assertThat(subscriptions("exec")).isOne();
    }

    @Test
    void theCrossProgramReportCanBeSubscribedToAndShowsOnTheProfile() {
        data.signIn("exec");
        UI.getCurrent().navigate("reports");
        test($(com.vaadin.flow.component.select.Select.class).withCaption("Report").single())
                .selectItem("All programs side by side (PDF)");
        test($(Button.class).withText("Generate report").single()).click();
        test($(Button.class).withText("Subscribe…").single()).click();
        var dialog = $(ReportSubscribeAction.SubscribeDialog.class).single();
        assertThat(dialog.explanation.getText()).startsWith("The report of all programs side by side for each"
                + " calendar month arrives by email as a PDF");
        test(dialog.subscribe).click();
        assertThat(subscriptions("exec")).isOne();
        assertThat(jdbc.queryForObject("select report_kind from report_subscription", String.class))
                .isEqualTo("CROSS_PROGRAM");

        UI.getCurrent().navigate("profile");
        assertThat($(Span.class).withText("All programs side by side").exists()).isTrue();
    }

    @Test
    void theProfileSaysWhenThereAreNoSubscriptions() {
        data.signIn("mentee");
        UI.getCurrent().navigate("profile");
        assertThat($(Paragraph.class).withText("You subscribe to no reports.").exists()).isTrue();
    }

    @Test
    void aSubscriptionIsEndedFromTheProfileAfterConfirming() {
        data.signIn("exec");
        test(openSubscribeDialog().subscribe).click();
        var month = DeliveryFrequency.MONTHLY.periodOf(TestTime.today());
        String program = jdbc.queryForObject("""
                select p.name from program p join report_subscription s on s.program_id = p.id""", String.class);

        UI.getCurrent().navigate("profile");
        assertThat($(Span.class).withText("Program outcome report: " + program).exists()).isTrue();
        assertThat($(Paragraph.class).withText("Monthly. Next on " + DATE.format(month.deliveredOn())
                + ", covering " + DATE.format(month.from()) + " – " + DATE.format(month.to()) + ".").exists())
                .isTrue();

        test($(Button.class).withText("Unsubscribe").single()).click();
        ConfirmDialog keep = $(ConfirmDialog.class).single();
        assertThat(test(keep).getHeader()).isEqualTo("Unsubscribe?");
        test(keep).cancel();
        assertThat(subscriptions("exec")).isOne();

        test($(Button.class).withText("Unsubscribe").single()).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(subscriptions("exec")).isZero();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Unsubscribed: Program outcome report: " + program + ".");
        assertThat($(Paragraph.class).withText("You subscribe to no reports.").exists()).isTrue();
    }
}
