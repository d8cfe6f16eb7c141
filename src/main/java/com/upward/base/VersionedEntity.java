package com.upward.base;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;

/** An entity edited by people: optimistic locking, so a conflicting edit fails instead of overwriting. */
@MappedSuperclass
@EntityListeners(EntityTimestamps.class)
public abstract class VersionedEntity extends AbstractEntity {

    @Version
    private long version;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    void created(Instant now) {
        createdAt = now;
        updatedAt = now;
    }

    void updated(Instant now) {
        updatedAt = now;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
