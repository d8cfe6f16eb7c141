package com.upward.notification.internal;

import com.upward.base.BusinessRuleException;
import com.upward.notification.internal.ReportSubscriptionService.SubscriptionRow;
import com.upward.program.ProgramTestData;
import com.upward.testsupport.TestTime;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Subscribing to reports against the database, on the demo data: who may subscribe, duplicates refused, each person
 * sees and ends only their own, also after losing the role. Writes are rolled back.
 */
@SpringBootTest
@Tag("db")
@Transactional
class ReportSubscriptionServiceTest {

    @Autowired
    ReportSubscriptionService subscriptions;
    @Autowired
    ProgramTestData data;
    @Autowired
    JdbcTemplate jdbc;

    long program() {
        return jdbc.queryForObject("select min(id) from program", Long.class);
    }

    String programName(long id) {
        return jdbc.queryForObject("select name from program where id = ?", String.class, id);
    }

    @Test
    void anExecutiveSubscribesAndTheFirstEmailCoversTheRunningPeriod() {
        data.signIn("exec");
        long program = program();
        long monthly = subscriptions.subscribe(ReportKind.PROGRAM_OUTCOME, program, DeliveryFrequency.MONTHLY);
        long quarterly = subscriptions.subscribe(ReportKind.PROGRAM_OUTCOME, program, DeliveryFrequency.QUARTERLY);

        LocalDate today = TestTime.today();
        LocalDate monthStart = today.withDayOfMonth(1);
        LocalDate quarterStart = LocalDate.of(today.getYear(), (today.getMonthValue() - 1) / 3 * 3 + 1, 1);
        assertThat(subscriptions.mySubscriptions()).containsExactly(
                new SubscriptionRow(monthly, ReportKind.PROGRAM_OUTCOME, program, programName(program),
                        DeliveryFrequency.MONTHLY, new DeliveryFrequency.Period(monthStart,
                        monthStart.plusMonths(1).minusDays(1)), null, null),
                new SubscriptionRow(quarterly, ReportKind.PROGRAM_OUTCOME, program, programName(program),
                        DeliveryFrequency.QUARTERLY, new DeliveryFrequency.Period(quarterStart,
                        quarterStart.plusMonths(3).minusDays(1)), null, null));
        assertThat(subscriptions.mySubscriptions().getFirst().next().deliveredOn())
                .isEqualTo(monthStart.plusMonths(1));
    }

    @Test
    void theSameReportAsOftenTwiceIsRefused() {
        data.signIn("hr");
        long program = program();
        subscriptions.subscribe(ReportKind.PROGRAM_OUTCOME, program, DeliveryFrequency.QUARTERLY);

        assertThatThrownBy(() -> subscriptions.subscribe(ReportKind.PROGRAM_OUTCOME, program,
                DeliveryFrequency.QUARTERLY)).isInstanceOf(BusinessRuleException.class)
                .hasMessage("You already get this report quarterly.")
                .extracting(e -> ((BusinessRuleException) e).getField()).isEqualTo("frequency");
        assertThat(subscriptions.mySubscriptions()).hasSize(1);
    }

    @Test
    void aProgramReportNeedsAProgramThatExists() {
        data.signIn("exec");
        assertThatThrownBy(() -> subscriptions.subscribe(ReportKind.PROGRAM_OUTCOME, null,
                DeliveryFrequency.MONTHLY)).isInstanceOf(BusinessRuleException.class)
                .hasMessage("Choose a program for this report.");
        assertThatThrownBy(() -> subscriptions.subscribe(ReportKind.PROGRAM_OUTCOME, -1L,
                DeliveryFrequency.MONTHLY)).isInstanceOf(BusinessRuleException.class);
        assertThat(subscriptions.mySubscriptions()).isEmpty();
    }

    @Test
    void employeesMayNotSubscribe() {
        data.signIn("mentee");
        assertThatThrownBy(() -> subscriptions.subscribe(ReportKind.PROGRAM_OUTCOME, program(),
                DeliveryFrequency.MONTHLY)).isInstanceOf(AccessDeniedException.class);
        assertThat(subscriptions.mySubscriptions()).isEmpty();
    }

    @Test
    void onlyTheSubscriberEndsASubscriptionAlsoAfterLosingTheRole() {
        data.signIn("exec");
        long id = subscriptions.subscribe(ReportKind.PROGRAM_OUTCOME, program(), DeliveryFrequency.MONTHLY);

        data.signIn("hr");
        assertThat(subscriptions.mySubscriptions()).isEmpty();
        assertThatThrownBy(() -> subscriptions.unsubscribe(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from report_subscription where id = ?", Long.class, id))
                .isOne();

        jdbc.update("delete from user_role where role = 'EXECUTIVE' and user_id = (select id from app_user"
                + " where username = 'exec')");
        data.signIn("exec");
        assertThat(subscriptions.mySubscriptions()).extracting(SubscriptionRow::id).containsExactly(id);
        subscriptions.unsubscribe(id);
        assertThat(subscriptions.mySubscriptions()).isEmpty();
    }
}
