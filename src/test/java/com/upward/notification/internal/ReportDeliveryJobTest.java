package com.upward.notification.internal;

import com.upward.program.ProgramTestData;
import com.upward.testsupport.TestClock;
import com.upward.testsupport.TestTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The delivery job as the scheduler runs it (its lock, nobody signed in, one committed transaction per subscription),
 * with the clock moved over month and quarter ends: each period arrives once, as a PDF in the outbox, generated with
 * the subscriber's roles of the day. Committed rows are deleted afterwards, and the executive's role restored.
 */
@SpringBootTest
@Tag("db")
class ReportDeliveryJobTest {

    static final RecipientLanguage ENGLISH = RecipientLanguage.of("en");

    @Autowired
    ReportSubscriptionService subscriptions;
    @Autowired
    ScheduledJobRuns jobs;
    @Autowired
    ProgramTestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    long emailsBefore;
    long auditBefore;
    String execLanguage;
    String execZone;
    long program;
    String programName;

    @BeforeEach
    void remember() {
        emailsBefore = jdbc.queryForObject("select coalesce(max(id), 0) from email_outbox", Long.class);
        auditBefore = jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
        program = jdbc.queryForObject("""
                select min(p.id) from program p where exists (select 1 from cohort c where c.program_id = p.id
                  and c.status in ('ACTIVE', 'COMPLETED', 'ARCHIVED'))""", Long.class);
        programName = jdbc.queryForObject("select name from program where id = ?", String.class, program);
        execLanguage = jdbc.queryForObject("select language from app_user where username = 'exec'", String.class);
        execZone = jdbc.queryForObject("select e.time_zone from employee e join app_user u on u.employee_id = e.id"
                + " where u.username = 'exec'", String.class);
    }

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        jdbc.update("update app_user set language = ? where username = 'exec'", execLanguage);
        jdbc.update("update employee set time_zone = ? where id = (select employee_id from app_user"
                + " where username = 'exec')", execZone);
        jdbc.update("delete from report_subscription");
        jdbc.update("delete from email_outbox where id > ?", emailsBefore);
        jdbc.update("delete from audit_event where id > ?", auditBefore);
        if (jdbc.queryForObject("select count(*) from user_role r join app_user u on u.id = r.user_id"
                + " where u.username = 'exec' and r.role = 'EXECUTIVE'", Long.class) == 0) {
            jdbc.update("insert into user_role (user_id, role) select id, 'EXECUTIVE' from app_user"
                    + " where username = 'exec'");
        }
    }

    long subscribe(String username, DeliveryFrequency frequency) {
        data.signIn(username);
        try {
            return subscriptions.subscribe(ReportKind.PROGRAM_OUTCOME, program, frequency);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The job at 06:00 on {@code day}. */
    void runOn(LocalDate day) {
        clock.setTo(day, LocalTime.of(6, 0));
        jobs.reportDelivery();
    }

    record Sent(String recipient, String subject, String body, String fileName, byte[] pdf) {
    }

    List<Sent> sent() {
        return jdbc.query("""
                select e.recipient_email, e.subject, e.text_body, a.file_name, a.content from email_outbox e
                left join email_attachment a on a.email_id = e.id where e.id > ? order by e.id""",
                (rs, row) -> new Sent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBytes(5)), emailsBefore);
    }

    static String period(DeliveryFrequency.Period period) {
        return ENGLISH.date(period.from()) + " – " + ENGLISH.date(period.to());
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    String email(String username) {
        return jdbc.queryForObject("select email from app_user where username = ?", String.class, username);
    }

    @Test
    void eachMonthAndQuarterArrivesOnceTheDayAfterItEndsWithThePdfOfThatPeriod() throws IOException {
        subscribe("exec", DeliveryFrequency.MONTHLY);
        subscribe("exec", DeliveryFrequency.QUARTERLY);
        LocalDate today = TestTime.today();
        var month = DeliveryFrequency.MONTHLY.periodOf(today);
        var quarter = DeliveryFrequency.QUARTERLY.periodOf(today);

        runOn(today);
        runOn(month.to());
        assertThat(sent()).isEmpty();

        runOn(month.deliveredOn());
        var expected = month.to().equals(quarter.to()) ? List.of(period(month), period(quarter))
                : List.of(period(month));
        assertThat(sent()).hasSameSizeAs(expected).allSatisfy(email -> {
            assertThat(email.recipient()).isEqualTo(email("exec"));
            assertThat(email.subject()).isEqualTo("Program outcome report: " + programName);
            assertThat(email.body()).contains("My profile → Report subscriptions");
            assertThat(email.fileName()).startsWith("Upward outcome report - ").endsWith(".pdf");
        });
        for (int i = 0; i < expected.size(); i++) {
            Sent email = sent().get(i);
            assertThat(email.body()).contains("It covers " + expected.get(i) + ".");
            assertThat(pdfText(email.pdf())).contains(programName).contains("Period: " + expected.get(i));
        }

        runOn(month.deliveredOn()); // a rerun, or the second node
        assertThat(sent()).hasSameSizeAs(expected);

        if (!month.to().equals(quarter.to())) {
            runOn(quarter.to());
            assertThat(sent()).hasSize(2); // the next month only
            runOn(quarter.deliveredOn());
            assertThat(sent()).extracting(Sent::body).hasSize(4)
                    .anySatisfy(body -> assertThat(body).contains("quarterly").contains(period(quarter)));
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event where id > ? and action = 'REPORT'"
                + " and actor = 'exec'", Long.class, auditBefore)).isEqualTo(sent().size());
    }

    @Test
    void theCrossProgramReportArrivesLikeTheProgramReport() throws IOException {
        data.signIn("exec");
        try {
            subscriptions.subscribe(ReportKind.CROSS_PROGRAM, null, DeliveryFrequency.MONTHLY);
        } finally {
            SecurityContextHolder.clearContext();
        }
        var month = DeliveryFrequency.MONTHLY.periodOf(TestTime.today());

        runOn(month.deliveredOn());
        runOn(month.deliveredOn());
        assertThat(sent()).singleElement().satisfies(email -> {
            assertThat(email.subject()).contains("All programs side by side");
            assertThat(email.fileName()).startsWith("Upward outcomes across programs - ");
            assertThat(pdfText(email.pdf())).contains("Mentoring outcomes across all programs")
                    .contains("Period: " + period(month)).contains(programName);
        });
    }

    @Test
    void theReportAndItsEmailAreInTheSubscribersLanguageAndZone() throws IOException {
        subscribe("exec", DeliveryFrequency.MONTHLY);
        jdbc.update("update app_user set language = 'de' where username = 'exec'");
        jdbc.update("update employee set time_zone = 'Pacific/Auckland' where id = (select employee_id"
                + " from app_user where username = 'exec')");
        var month = DeliveryFrequency.MONTHLY.periodOf(TestTime.today());
        var german = RecipientLanguage.of("de");
        String period = german.date(month.from()) + " – " + german.date(month.to());

        runOn(month.deliveredOn());

        Sent email = sent().getFirst();
        assertThat(email.subject()).isEqualTo("Ergebnisbericht: " + programName);
        assertThat(email.body()).contains("Ihr monatlicher Bericht ist als PDF angehängt. Er umfasst " + period + ".")
                .contains("Mein Profil → Berichtsabonnements");
        assertThat(email.fileName()).startsWith("Upward Ergebnisbericht - ");
        assertThat(pdfText(email.pdf())).contains("Zeitraum: " + period).contains("(Pacific/Auckland)");
    }

    @Test
    void whoLostTheRoleGetsNothingAndAFailingSubscriptionStopsNoOther() {
        // a row the job cannot handle (a program report without its program), before the others
        jdbc.update("""
                insert into report_subscription (subscriber_id, report_kind, program_id, frequency, created_at,
                    delivered_through) select id, 'PROGRAM_OUTCOME', null, 'MONTHLY', ?, ? from app_user
                where username = 'admin'""", TestTime.utcNow(), LocalDate.of(2000, 1, 31));
        long exec = subscribe("exec", DeliveryFrequency.MONTHLY);
        subscribe("hr", DeliveryFrequency.MONTHLY);
        jdbc.update("delete from user_role where role = 'EXECUTIVE' and user_id = (select id from app_user"
                + " where username = 'exec')");
        var month = DeliveryFrequency.MONTHLY.periodOf(TestTime.today());

        runOn(month.deliveredOn());

        assertThat(sent()).singleElement().satisfies(email -> {
            assertThat(email.recipient()).isEqualTo(email("hr"));
            assertThat(email.pdf()).isNotEmpty();
        });
        assertThat(jdbc.queryForMap("select delivered_through, skipped_reason from report_subscription where id = ?",
                exec)).containsEntry("skipped_reason", "NOT_ALLOWED")
                .containsEntry("delivered_through", java.sql.Date.valueOf(month.to()));
        assertThat(jdbc.queryForObject("select delivered_through from report_subscription where program_id is null",
                LocalDate.class)).isEqualTo(LocalDate.of(2000, 1, 31));

        runOn(month.deliveredOn());
        assertThat(sent()).hasSize(1);
    }

    @Test
    void theJobRunsOncePerClusterUnderItsLock() throws NoSuchMethodException {
        var job = NotificationJobs.class.getDeclaredMethod("deliverReports");
        assertThat(job.getAnnotation(SchedulerLock.class).name()).isEqualTo(NotificationJobs.REPORT_DELIVERY);
        assertThat(job.getAnnotation(Scheduled.class).cron()).isEqualTo("${upward.jobs.report-delivery-cron}");
        jobs.reportDelivery();
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = ?", Integer.class,
                NotificationJobs.REPORT_DELIVERY)).isOne();
    }
}
