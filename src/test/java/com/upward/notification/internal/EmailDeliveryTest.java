package com.upward.notification.internal;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.upward.checkin.internal.CheckInService;
import com.upward.checkin.CheckInSubmitted;
import com.upward.checkin.DemoCheckIns;
import com.upward.checkin.HelpUrgency;
import com.upward.program.ProgramTestData;
import com.upward.security.AppUser;
import com.upward.testsupport.TestClock;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.util.AopTestUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static com.upward.notification.internal.Message.tr;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Email through a real SMTP server (GreenMail on a free local port): both parts and the calendar file arrive; with
 * the server down, the outbox keeps the email, backs off, and delivers it once when the server is back; after five
 * failures it gives up and HR can queue it again. Committed rows this test adds are deleted afterwards.
 */
@SpringBootTest(properties = {
        "spring.mail.host=127.0.0.1",
        "spring.mail.properties.mail.smtp.connectiontimeout=2000",
        "spring.mail.properties.mail.smtp.timeout=2000",
        "upward.mail.retry-delay=PT1M",
        "upward.mail.portal-url=https://upward.example.com/"})
@Tag("db")
@RecordApplicationEvents
class EmailDeliveryTest {

    static final int SMTP_PORT = freePort();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    CheckInReminders reminders;
    @Autowired
    Notifier notifier;
    @Autowired
    EmailDeliveryService deliveries;
    @Autowired
    CheckInService checkIns;
    @Autowired
    ProgramTestData data;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager em;
    @Autowired
    TestClock clock;
    @Autowired
    ApplicationEvents events;
    @Autowired
    CheckInNotifications checkInNotifications;

    GreenMail smtp;
    long notificationsBefore;

    static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void smtpUp() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @BeforeEach
    void nothingQueuedYet() {
        notificationsBefore = jdbc.queryForObject("select coalesce(max(id), 0) from notification", Long.class);
        assertThat(jdbc.queryForObject("select count(*) from email_outbox where status = 'PENDING'", Integer.class))
                .isZero();
    }

    @AfterEach
    void cleanUp() {
        if (smtp != null) {
            smtp.stop();
        }
        jdbc.update("delete from email_outbox where notification_id > ?", notificationsBefore);
        jdbc.update("delete from audit_event where entity_type = 'EmailOutbox'");
        jdbc.update("delete from notification where id > ?", notificationsBefore);
        SecurityContextHolder.clearContext();
    }

    AppUser account(String username) {
        return em.createQuery("select u from AppUser u where u.username = :u", AppUser.class)
                .setParameter("u", username).getSingleResult();
    }

    /** Queues "Feedback from {@code mentor}" to the user. */
    void queue(String username, String mentor) {
        transaction.executeWithoutResult(s -> notifier.send(account(username),
                Message.of(NotificationType.MENTOR_FEEDBACK, tr("notify.feedback.title", mentor),
                        tr("notify.feedback.body", mentor, 1, "Spring cohort"), "checkins/1")));
    }

    Map<String, Object> outboxRow(String subject) {
        return jdbc.queryForMap("select status, attempts, next_attempt_at, last_error from email_outbox"
                + " where subject = ?", subject);
    }

    @Test
    void theDueReminderArrivesWithTextHtmlAndACalendarFileThatParses() throws Exception {
        smtpUp();
        long draft = DemoCheckIns.of(jdbc, "mentee", "DRAFT");
        LocalDate dueOn = jdbc.queryForObject("select due_on from check_in where id = ?", LocalDate.class, draft);
        String menteeEmail = jdbc.queryForObject("select email from app_user where username = 'mentee'",
                String.class);
        int queued = transaction.execute(s -> reminders.remindDueSoon(dueOn.minusDays(2)));
        assertThat(queued).isPositive();

        assertThat(dispatcher.dispatchDue()).isEqualTo(queued);

        MimeMessage mail = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipients(m).contains(menteeEmail)).findFirst().orElseThrow();
        assertThat(recipients(mail)).containsExactly(menteeEmail);
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("upward@localhost");
        assertThat(mail.getSubject()).startsWith("Check-in due on ");

        List<Part> parts = leaves(mail);
        String text = content(parts, "text/plain");
        String html = content(parts, "text/html");
        assertThat(text).contains("Hello Łukasz Wiśniewski").contains("https://upward.example.com/checkins/" + draft)
                .contains("https://upward.example.com/profile");
        assertThat(html).contains("<a href=\"https://upward.example.com/checkins/" + draft + "\"")
                .contains("Łukasz Wiśniewski");

        Part ics = parts.stream().filter(p -> isType(p, "text/calendar")).findFirst().orElseThrow();
        assertThat(ics.getFileName()).isEqualTo(MailTransports.ICS_FILE);
        Calendar calendar;
        try (InputStream in = ics.getInputStream()) {
            calendar = new CalendarBuilder().build(in);
        }
        VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue())
                .isEqualTo(dueOn.toString().replace("-", ""));
        assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).startsWith("Upward check-in due: ");
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo("check-in-" + draft + "@upward");
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("PUBLISH");
    }

    @Test
    void withSmtpDownTheEmailWaitsBacksOffAndArrivesOnceWhenTheServerIsBack() throws Exception {
        queue("mentee", "Zoë (server down)");
        assertThat(dispatcher.dispatchDue()).isZero();
        var afterFirst = outboxRow("Feedback from Zoë (server down)");
        assertThat(afterFirst.get("status")).isEqualTo("PENDING");
        assertThat(afterFirst.get("attempts")).isEqualTo(1);
        assertThat((String) afterFirst.get("last_error")).isNotBlank();

        // not due again before the one-minute back-off has passed
        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(outboxRow("Feedback from Zoë (server down)").get("attempts")).isEqualTo(1);
        clock.advance(Duration.ofMinutes(1));
        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(outboxRow("Feedback from Zoë (server down)").get("attempts")).isEqualTo(2);

        smtpUp();
        clock.advance(Duration.ofMinutes(1));
        assertThat(dispatcher.dispatchDue()).as("the second back-off is two minutes").isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(dispatcher.dispatchDue()).isOne();
        clock.advance(Duration.ofHours(1));
        assertThat(dispatcher.dispatchDue()).isZero();

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("Feedback from Zoë (server down)");
        assertThat(outboxRow("Feedback from Zoë (server down)")).containsEntry("status", "SENT")
                .containsEntry("attempts", 3);
    }

    @Test
    void afterFiveFailuresTheEmailIsFailedAndHrCanQueueItAgain() {
        queue("mentor", "Zoë (keeps failing)");
        for (int i = 0; i < 7; i++) {
            dispatcher.dispatchDue();
            clock.advance(Duration.ofHours(1));
        }
        assertThat(outboxRow("Feedback from Zoë (keeps failing)")).containsEntry("status", "FAILED")
                .containsEntry("attempts", 5);

        data.signIn("hr");
        long id = jdbc.queryForObject("select id from email_outbox where subject = ?", Long.class,
                "Feedback from Zoë (keeps failing)");
        assertThat(deliveries.deliveries(OutboxStatus.FAILED, org.springframework.data.domain.PageRequest.of(0, 50)))
                .anySatisfy(row -> assertThat(row.id()).isEqualTo(id));
        assertThat(deliveries.retry(id)).isTrue();
        assertThat(deliveries.retry(id)).as("no longer failed").isFalse();
        smtpUp();
        assertThat(dispatcher.dispatchDue()).isOne();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void submittingACheckInWithSmtpDownSucceedsAndQueuesTheEmails() {
        transaction.executeWithoutResult(status -> {
            data.signIn("mentee");
            long draft = DemoCheckIns.of(jdbc, "mentee", "DRAFT");
            DemoCheckIns.submitWithHelp(checkIns, draft, HelpUrgency.URGENT);
            em.flush();
            assertThat(jdbc.queryForObject("select status from check_in where id = ?", String.class, draft))
                    .isEqualTo("SUBMITTED");
            // what the listener does after the commit (this transaction rolls back, so do it here)
            CheckInNotifications listener = AopTestUtils.getUltimateTargetObject(checkInNotifications);
            events.stream(CheckInSubmitted.class).forEach(listener::on);
            em.flush();
            List<String> to = jdbc.queryForList("select recipient_email from email_outbox where notification_id > ?",
                    String.class, notificationsBefore);
            String mentorEmail = jdbc.queryForObject("select email from app_user where username = 'mentor'",
                    String.class);
            String hrEmail = jdbc.queryForObject("select email from app_user where username = 'hr'", String.class);
            assertThat(to).contains(mentorEmail, hrEmail);
            status.setRollbackOnly();
        });
    }

    static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients()).map(a -> ((InternetAddress) a).getAddress()).toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Part> leaves(Part part) throws Exception {
        List<Part> leaves = new ArrayList<>();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                leaves.addAll(leaves(child));
            }
        } else {
            leaves.add(part);
        }
        return leaves;
    }

    static boolean isType(Part part, String type) {
        try {
            return part.isMimeType(type);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String fileName(Part part) {
        try {
            return part.getFileName();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String content(List<Part> parts, String type) throws Exception {
        Part part = parts.stream().filter(p -> isType(p, type) && fileName(p) == null).findFirst().orElseThrow();
        return part.getContent().toString();
    }
}
