package com.upward.notification.internal;

import com.upward.base.ReadModel;
import com.upward.base.TimeZones;
import com.upward.security.AppUser;
import com.upward.security.PasswordResetRequested;
import jakarta.persistence.EntityManager;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Queues the email with a password reset link, in the transaction that stored the link: a plain listener, so the
 * event (it carries the link) is never written to the event registry. Sent whatever the email settings: it is the
 * only way back into the account.
 */
@ReadModel("The reset link goes to the account's own address: it reads security's app_user and its employee's zone")
@Component
class PasswordResetEmails {

    static final String TEMPLATE = "password-reset";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm, d MMM yyyy (VV)");

    private final EntityManager em;
    private final EmailOutboxRepository outbox;
    private final EmailComposer composer;

    PasswordResetEmails(EntityManager em, EmailOutboxRepository outbox, EmailComposer composer) {
        this.em = em;
        this.outbox = outbox;
        this.composer = composer;
    }

    @EventListener
    void on(PasswordResetRequested requested) {
        AppUser account = em.find(AppUser.class, requested.accountId());
        String expires = requested.expiresAt().atZone(zoneOf(account)).format(TIME);
        outbox.save(composer.composeAccountEmail(account, "Choose a new password",
                "Someone, probably you, asked to reset the password of your Upward account "
                        + account.getUsername() + ". Choose a new one with the button below.",
                requested.path(), "Choose a new password", TEMPLATE, Map.of("expiresText", expires)));
    }

    /** The person's own zone when the directory knows it, else UTC: the time must be read right without context. */
    private static ZoneId zoneOf(AppUser account) {
        return TimeZones.parse(account.getEmployee() == null ? null : account.getEmployee().getTimeZone())
                .orElse(TimeZones.UTC);
    }
}
