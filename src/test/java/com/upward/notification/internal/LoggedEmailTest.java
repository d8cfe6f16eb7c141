package com.upward.notification.internal;

import com.upward.security.AppUser;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static com.upward.notification.internal.Message.tr;
import static org.assertj.core.api.Assertions.assertThat;

/** Without spring.mail.host (the embedded default), an email is written to the log and counts as delivered. */
@SpringBootTest
@Tag("db")
@ExtendWith(OutputCaptureExtension.class)
class LoggedEmailTest {

    @Autowired
    Notifier notifier;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    EntityManager em;
    @Autowired
    JdbcTemplate jdbc;

    long before;

    @AfterEach
    void cleanUp() {
        jdbc.update("delete from email_outbox where notification_id > ?", before);
        jdbc.update("delete from notification where id > ?", before);
    }

    @Test
    void theEmailIsLoggedWithItsRecipientSubjectAndText(CapturedOutput output) {
        before = jdbc.queryForObject("select coalesce(max(id), 0) from notification", Long.class);
        transaction.executeWithoutResult(s -> notifier.send(em.createQuery(
                        "select u from AppUser u where u.username = 'mentee'", AppUser.class).getSingleResult(),
                Message.of(NotificationType.MENTOR_FEEDBACK, tr("notify.feedback.title", "Logged Not-Sent"),
                        tr("notify.feedback.body", "Zoë", 2, "Spring cohort"), "checkins/1")));

        assertThat(dispatcher.dispatchDue()).isGreaterThanOrEqualTo(1);

        assertThat(output.getOut()).contains("Email not sent (no SMTP server configured) to "
                + "lukasz.wisniewski@upward.example: Feedback from Logged Not-Sent")
                .contains("Zoë reviewed your check-in for period 2 in Spring cohort.");
        assertThat(jdbc.queryForObject("select status from email_outbox where subject = 'Feedback from Logged Not-Sent'",
                String.class)).isEqualTo("SENT");
    }
}
