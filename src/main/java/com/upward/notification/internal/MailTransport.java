package com.upward.notification.internal;

/** Hands one email to the outside world; throws when it could not, so the outbox tries again later. */
interface MailTransport {

    void send(EmailOutbox email) throws Exception;
}
