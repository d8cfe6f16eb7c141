package com.upward.audit;

import com.upward.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** Who did what, when, to which record. Append-only: Hibernate never updates a saved event. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent extends AbstractEntity {

    @Column(nullable = false)
    private Instant occurredAt;
    /** The username (kept as text so the log outlives deleted accounts). */
    @Column(nullable = false, length = 100)
    private String actor;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AuditAction action;
    @Column(nullable = false, length = 60)
    private String entityType;
    private Long entityId;
    private String details;

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, String actor, AuditAction action, String entityType, Long entityId, String details) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.details = details;
    }

    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public AuditAction getAction() { return action; }
    public String getEntityType() { return entityType; }
    public Long getEntityId() { return entityId; }
    public String getDetails() { return details; }
}
