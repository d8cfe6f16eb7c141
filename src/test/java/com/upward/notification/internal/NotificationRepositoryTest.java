package com.upward.notification.internal;

import com.upward.security.AppUser;
import com.upward.testsupport.Fixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** In-app notifications, per-type email preferences and the email outbox. */
@Tag("db")
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class NotificationRepositoryTest {

    static final Instant CREATED = Instant.parse("2026-03-11T07:00:00.000007Z");

    @Autowired
    NotificationRepository notifications;
    @Autowired
    NotificationPreferenceRepository preferences;
    @Autowired
    EmailOutboxRepository outbox;
    @Autowired
    TestEntityManager em;

    @Test
    void roundTripNotificationAndUnreadCount() {
        AppUser recipient = Fixtures.user(em);
        String dedupKey = Fixtures.unique("checkin-due:42:3");
        Notification unread = new Notification(recipient, "CHECK_IN_DUE", "Your check-in is due Friday", CREATED);
        unread.setBody("Period 3 closes on 2026-03-13.");
        unread.setLink("/check-ins/42");
        unread.setDedupKey(dedupKey);
        notifications.save(unread);
        Notification read = new Notification(recipient, "PAIR_ASSIGNED", "You have a mentor", CREATED);
        read.setReadAt(Instant.parse("2026-03-12T09:30:00Z"));
        notifications.saveAndFlush(read);
        em.clear();

        Notification loaded = notifications.findById(unread.getId()).orElseThrow();
        assertThat(loaded.getRecipient().getId()).isEqualTo(recipient.getId());
        assertThat(loaded.getType()).isEqualTo("CHECK_IN_DUE");
        assertThat(loaded.getTitle()).isEqualTo("Your check-in is due Friday");
        assertThat(loaded.getBody()).isEqualTo("Period 3 closes on 2026-03-13.");
        assertThat(loaded.getLink()).isEqualTo("/check-ins/42");
        assertThat(loaded.getDedupKey()).isEqualTo(dedupKey);
        assertThat(loaded.getCreatedAt()).isEqualTo(CREATED);
        assertThat(loaded.isRead()).isFalse();
        assertThat(notifications.findById(read.getId()).orElseThrow().getReadAt())
                .isEqualTo(Instant.parse("2026-03-12T09:30:00Z"));
        assertThat(notifications.findById(read.getId()).orElseThrow().getCreatedAt()).isEqualTo(CREATED);

        assertThat(notifications.countByRecipientIdAndReadAtIsNull(recipient.getId())).isEqualTo(1);
        assertThat(notifications.existsByDedupKey(dedupKey)).isTrue();
        assertThat(notifications.findByRecipientIdOrderByCreatedAtDesc(recipient.getId(), PageRequest.of(0, 10)))
                .hasSize(2);
    }

    @Test
    void sameDedupKeyIsRefused() {
        AppUser recipient = Fixtures.user(em);
        String dedupKey = Fixtures.unique("overdue:7:1");
        Notification first = new Notification(recipient, "CHECK_IN_OVERDUE", "Overdue", CREATED);
        first.setDedupKey(dedupKey);
        notifications.saveAndFlush(first);
        Notification second = new Notification(recipient, "CHECK_IN_OVERDUE", "Overdue", CREATED);
        second.setDedupKey(dedupKey);

        assertThatThrownBy(() -> notifications.saveAndFlush(second)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void roundTripPreferencesWithCompositeKey() {
        AppUser user = Fixtures.user(em);
        preferences.save(new NotificationPreference(user, "CHECK_IN_DUE", false));
        preferences.saveAndFlush(new NotificationPreference(user, "HELP_REQUESTED", true));
        em.clear();

        NotificationPreference due = preferences.findById(new NotificationPreferenceId(user.getId(), "CHECK_IN_DUE"))
                .orElseThrow();
        assertThat(due.getUser().getId()).isEqualTo(user.getId());
        assertThat(due.getType()).isEqualTo("CHECK_IN_DUE");
        assertThat(due.isEmailEnabled()).isFalse();
        assertThat(preferences.findByUserId(user.getId()))
                .extracting(NotificationPreference::getType, NotificationPreference::isEmailEnabled)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("CHECK_IN_DUE", false),
                        org.assertj.core.groups.Tuple.tuple("HELP_REQUESTED", true));

        due.setEmailEnabled(true);
        preferences.saveAndFlush(due);
        em.clear();
        assertThat(preferences.findById(due.getId()).orElseThrow().isEmailEnabled()).isTrue();
    }

    @Test
    void secondPreferenceForTheSameUserAndTypeIsRefused() {
        AppUser user = Fixtures.user(em);
        preferences.saveAndFlush(new NotificationPreference(user, "FEEDBACK_RECEIVED", true));
        em.clear();

        assertThatThrownBy(() -> preferences.saveAndFlush(new NotificationPreference(user, "FEEDBACK_RECEIVED", false)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void roundTripOutboxAndPendingQuery() {
        AppUser recipient = Fixtures.user(em);
        Notification notification = notifications.save(new Notification(recipient, "PAIR_ASSIGNED", "New mentor",
                CREATED));
        Instant due = Instant.parse("2026-03-11T07:05:00.000001Z");
        EmailOutbox email = new EmailOutbox(recipient.getEmail(), "You have a new mentor",
                "<p>Meet your mentor</p>", "Meet your mentor", CREATED);
        email.setNextAttemptAt(due);
        email.setNotification(notification);
        email.setIcsAttachment("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
        email.setAttempts(2);
        email.setLastError("x".repeat(1500));
        outbox.saveAndFlush(email);
        em.clear();

        EmailOutbox loaded = outbox.findById(email.getId()).orElseThrow();
        assertThat(loaded.getNotification().getId()).isEqualTo(notification.getId());
        assertThat(loaded.getRecipientEmail()).isEqualTo(recipient.getEmail());
        assertThat(loaded.getSubject()).isEqualTo("You have a new mentor");
        assertThat(loaded.getHtmlBody()).isEqualTo("<p>Meet your mentor</p>");
        assertThat(loaded.getTextBody()).isEqualTo("Meet your mentor");
        assertThat(loaded.getIcsAttachment()).isEqualTo("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
        assertThat(loaded.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(loaded.getAttempts()).isEqualTo(2);
        assertThat(loaded.getNextAttemptAt()).isEqualTo(due);
        assertThat(loaded.getLastError()).hasSize(1000);
        assertThat(loaded.getCreatedAt()).isEqualTo(CREATED);
        assertThat(loaded.getSentAt()).isNull();
        assertThat(loaded.getVersion()).isZero();

        assertThat(outbox.findByStatusAndNextAttemptAtLessThanEqualOrderByNextAttemptAt(
                OutboxStatus.PENDING, due, PageRequest.of(0, 1000))).contains(loaded);
        assertThat(outbox.findByStatusAndNextAttemptAtLessThanEqualOrderByNextAttemptAt(
                OutboxStatus.PENDING, due.minusSeconds(1), PageRequest.of(0, 1000))).doesNotContain(loaded);

        loaded.setStatus(OutboxStatus.SENT);
        loaded.setSentAt(Instant.parse("2026-03-11T07:05:01Z"));
        outbox.saveAndFlush(loaded);
        em.clear();
        EmailOutbox sent = outbox.findById(email.getId()).orElseThrow();
        assertThat(sent.getStatus()).isEqualTo(OutboxStatus.SENT);
        assertThat(sent.getSentAt()).isEqualTo(Instant.parse("2026-03-11T07:05:01Z"));
        assertThat(sent.getVersion()).isEqualTo(1);
    }
}
