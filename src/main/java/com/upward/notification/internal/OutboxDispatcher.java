package com.upward.notification.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Sends the outbox: each pending email whose time has come, one transaction each, so one bad address never holds
 * up the rest. A failure is retried with exponential back-off (base, 2×, 4×, …) up to the maximum number of tries,
 * then the email is FAILED and shows on the deliveries page. Delivery is at least once: if the database write after
 * a successful send fails, the email goes out again on the next run.
 */
@Component
class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final EmailOutboxRepository outbox;
    private final MailTransport transport;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int batchSize;
    private final int maxAttempts;
    private final Duration retryBase;

    OutboxDispatcher(EmailOutboxRepository outbox, MailTransport transport, TransactionTemplate transaction,
                     Clock clock, @Value("${upward.mail.batch-size}") int batchSize,
                     @Value("${upward.mail.max-attempts}") int maxAttempts,
                     @Value("${upward.mail.retry-delay}") Duration retryBase) {
        this.outbox = outbox;
        this.transport = transport;
        this.transaction = transaction;
        this.clock = clock;
        this.batchSize = batchSize;
        this.maxAttempts = maxAttempts;
        this.retryBase = retryBase;
    }

    /** The wait before the next try after {@code failedAttempts} failures: base × 2^(failures − 1). */
    static Duration retryDelay(Duration base, int failedAttempts) {
        return base.multipliedBy(1L << Math.min(Math.max(failedAttempts - 1, 0), 20));
    }

    /** Sends what is due now; returns how many were sent. */
    int dispatchDue() {
        Instant now = EmailOutbox.now(clock);
        List<Long> due = transaction.execute(status -> outbox
                .findByStatusAndNextAttemptAtLessThanEqualOrderByNextAttemptAt(OutboxStatus.PENDING, now,
                        PageRequest.of(0, batchSize))
                .stream().map(EmailOutbox::getId).toList());
        int sent = 0;
        for (Long id : due) {
            if (Boolean.TRUE.equals(transaction.execute(status -> attempt(id)))) {
                sent++;
            }
        }
        return sent;
    }

    private boolean attempt(long id) {
        EmailOutbox email = outbox.findById(id).orElse(null);
        if (email == null || email.getStatus() != OutboxStatus.PENDING) {
            return false;
        }
        email.setAttempts(email.getAttempts() + 1);
        try {
            transport.send(email);
            email.setStatus(OutboxStatus.SENT);
            email.setSentAt(EmailOutbox.now(clock));
            email.setLastError(null);
            return true;
        } catch (Exception e) {
            email.setLastError(e.getClass().getSimpleName() + ": " + e.getMessage());
            if (email.getAttempts() >= maxAttempts) {
                email.setStatus(OutboxStatus.FAILED);
                log.warn("Email {} to {} failed after {} tries: {}", id, email.getRecipientEmail(),
                        email.getAttempts(), email.getLastError());
            } else {
                email.setNextAttemptAt(EmailOutbox.now(clock).plus(retryDelay(retryBase, email.getAttempts())));
                log.info("Email {} not sent (try {} of {}), retrying later: {}", id, email.getAttempts(),
                        maxAttempts, email.getLastError());
            }
            return false;
        }
    }
}
