package com.upward.notification.internal;

import com.upward.security.AppUser;
import com.upward.base.ReadModel;
import com.upward.base.Role;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a notification for one person and, unless they turned its type off, queues its email in the outbox, in
 * the caller's transaction: the notification and the email to send are stored together or not at all, and sending
 * happens later ({@link OutboxDispatcher}), so SMTP never fails a write. The callers are listeners that run after
 * the business write has committed, through the event publication registry: a failure here is retried, and never
 * undoes the business write.
 */
@ReadModel("Recipients are accounts: it reads security's app_user (email, enabled, roles) to address them")
@Component
public class Notifier {

    private final NotificationRepository notifications;
    private final NotificationPreferenceRepository preferences;
    private final EmailOutboxRepository outbox;
    private final EmailComposer composer;
    private final EntityManager em;
    private final Clock clock;

    Notifier(NotificationRepository notifications, NotificationPreferenceRepository preferences,
             EmailOutboxRepository outbox, EmailComposer composer, EntityManager em, Clock clock) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.outbox = outbox;
        this.composer = composer;
        this.em = em;
        this.clock = clock;
    }

    /** Active accounts by the employee they belong to. */
    public Map<Long, AppUser> accountsOf(Collection<Long> employeeIds) {
        Map<Long, AppUser> byEmployee = new HashMap<>();
        if (employeeIds.isEmpty()) {
            return byEmployee;
        }
        em.createQuery("select u, u.employee.id from AppUser u where u.employee.id in :ids and u.enabled = true",
                        Object[].class)
                .setParameter("ids", employeeIds).getResultList()
                .forEach(row -> byEmployee.put((Long) row[1], (AppUser) row[0]));
        return byEmployee;
    }

    List<AppUser> hrCoordinators() {
        return em.createQuery("select u from AppUser u where :hr member of u.roles and u.enabled = true", AppUser.class)
                .setParameter("hr", Role.HR).getResultList();
    }

    /**
     * Nothing for a missing recipient (not everyone in the directory has an account) or for a message whose
     * dedup key was sent before. The notification and its email are written in the recipient's language
     * ({@link RecipientLanguage}). Returns whether a notification was written.
     */
    public boolean send(AppUser recipient, Message message) {
        if (recipient == null || message.dedupKey() != null && notifications.existsByDedupKey(message.dedupKey())) {
            return false;
        }
        // The row keeps the text, not the key: the bell shows it in the language the person had when it was sent.
        RecipientLanguage language = RecipientLanguage.of(recipient);
        var notification = new Notification(recipient, message.type().name(), language.text(message.title()),
                clock.instant());
        notification.setBody(language.text(message.body()));
        notification.setLink(message.link());
        notification.setDedupKey(message.dedupKey());
        notifications.save(notification);
        if (wantsEmail(recipient, message.type())) {
            outbox.save(composer.compose(recipient, message, notification));
        }
        return true;
    }

    private boolean wantsEmail(AppUser recipient, NotificationType type) {
        if (recipient.getEmail() == null || recipient.getEmail().isBlank()) {
            return false;
        }
        return preferences.findById(new NotificationPreferenceId(recipient.getId(), type.name()))
                .map(NotificationPreference::isEmailEnabled).orElse(true);
    }
}
