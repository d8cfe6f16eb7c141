package com.upward.notification.internal;

import com.upward.base.ReadModel;
import com.upward.security.AppUser;
import com.upward.security.PasswordResetRequested;
import jakarta.persistence.EntityManager;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Map;

import static com.upward.notification.internal.Message.tr;

/**
 * Queues the email with a password reset link, in the transaction that stored the link: a plain listener, so the
 * event (it carries the link) is never written to the event registry. Sent whatever the email settings: it is the
 * only way back into the account. In the account's language, the expiry in the person's zone.
 */
@ReadModel("The reset link goes to the account's own address: it reads security's app_user and its employee's zone")
@Component
class PasswordResetEmails {

    static final String TEMPLATE = "password-reset";
    /** When the link expires, with the zone it is told in: "11:00, 1 Dec 2026 (Europe/Warsaw)". */
    static final String EXPIRY_FORMAT = "email.password-reset.expiry-format";

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
        String expires = RecipientLanguage.of(account).format(
                requested.expiresAt().atZone(RecipientLanguage.zoneOf(account)), EXPIRY_FORMAT);
        outbox.save(composer.composeAccountEmail(account, tr("email.password-reset.title"),
                tr("email.password-reset.body", account.getUsername()), requested.path(),
                tr("email.password-reset.button"), TEMPLATE, Map.of("expiresText", expires)));
    }
}
