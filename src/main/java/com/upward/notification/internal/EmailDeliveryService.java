package com.upward.notification.internal;

import com.upward.audit.AuditAction;
import com.upward.audit.AuditEvent;
import com.upward.security.CurrentUser;
import com.upward.base.Role;
import jakarta.persistence.EntityManager;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The outbox as HR and administrators see it: which emails are waiting, sent or failed, and why. Recipients and
 * subjects only; the bodies can hold a mentee's words, so they are never shown here.
 */
@Service
public class EmailDeliveryService {

    static final String HR_OR_ADMIN = "hasAnyRole('" + Role.Names.ADMIN + "', '" + Role.Names.HR + "')";

    public record DeliveryRow(long id, String recipientEmail, String subject, OutboxStatus status, int attempts,
                              Instant createdAt, Instant nextAttemptAt, Instant sentAt, String lastError) {
    }

    public record DeliveryCounts(long pending, long sent, long failed) {
    }

    private final EmailOutboxRepository outbox;
    private final EntityManager em;
    private final CurrentUser currentUser;
    private final Clock clock;

    EmailDeliveryService(EmailOutboxRepository outbox, EntityManager em, CurrentUser currentUser, Clock clock) {
        this.outbox = outbox;
        this.em = em;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(HR_OR_ADMIN)
    public DeliveryCounts counts() {
        Object[] row = em.createQuery("""
                select coalesce(sum(case when e.status = :pending then 1 else 0 end), 0),
                       coalesce(sum(case when e.status = :sent then 1 else 0 end), 0),
                       coalesce(sum(case when e.status = :failed then 1 else 0 end), 0)
                from EmailOutbox e""", Object[].class)
                .setParameter("pending", OutboxStatus.PENDING).setParameter("sent", OutboxStatus.SENT)
                .setParameter("failed", OutboxStatus.FAILED).getSingleResult();
        return new DeliveryCounts(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue());
    }

    /** Newest first; {@code status} null means all. */
    @Transactional(readOnly = true)
    @PreAuthorize(HR_OR_ADMIN)
    public List<DeliveryRow> deliveries(OutboxStatus status, Pageable page) {
        return em.createQuery("""
                        select new com.upward.notification.internal.EmailDeliveryService$DeliveryRow(e.id,
                            e.recipientEmail, e.subject, e.status, e.attempts, e.createdAt, e.nextAttemptAt, e.sentAt,
                            e.lastError)
                        from EmailOutbox e where :status is null or e.status = :status
                        order by e.createdAt desc, e.id desc""", DeliveryRow.class)
                .setParameter("status", status)
                .setFirstResult((int) page.getOffset()).setMaxResults(page.getPageSize()).getResultList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(HR_OR_ADMIN)
    public long countDeliveries(OutboxStatus status) {
        return em.createQuery("select count(e) from EmailOutbox e where :status is null or e.status = :status",
                Long.class).setParameter("status", status).getSingleResult();
    }

    /** Queues a FAILED email again with a fresh set of tries; returns false when it is not FAILED (any more). */
    @Transactional
    @PreAuthorize(HR_OR_ADMIN)
    public boolean retry(long emailId) {
        EmailOutbox email = outbox.findById(emailId).orElse(null);
        if (email == null || email.getStatus() != OutboxStatus.FAILED) {
            return false;
        }
        email.setStatus(OutboxStatus.PENDING);
        email.setAttempts(0);
        email.setNextAttemptAt(EmailOutbox.now(clock));
        em.persist(new AuditEvent(clock.instant(), currentUser.require().username(), AuditAction.UPDATE,
                "EmailOutbox", emailId, "Retry requested"));
        return true;
    }
}
