package com.upward.notification.internal;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.time.Instant;
import java.util.List;

interface EmailOutboxRepository extends JpaRepository<EmailOutbox, Long> {

    /** The next batch to send: pending emails whose attempt time has come, oldest first. */
    List<EmailOutbox> findByStatusAndNextAttemptAtLessThanEqualOrderByNextAttemptAt(
            OutboxStatus status, Instant now, Pageable pageable);
}
