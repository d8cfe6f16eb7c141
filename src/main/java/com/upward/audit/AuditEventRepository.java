package com.upward.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    List<AuditEvent> findByEntityTypeAndEntityIdOrderByOccurredAt(String entityType, Long entityId);

    Page<AuditEvent> findByActorOrderByOccurredAtDesc(String actor, Pageable pageable);
}
