package com.upward.base;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Stamps {@link VersionedEntity#getCreatedAt()} and {@link VersionedEntity#getUpdatedAt()} from the application
 * {@link Clock}, so that records written while time is moved (tests, simulations) carry that time. Hibernate gets
 * this listener from Spring (Boot's bean container for JPA), also in test slices, which is why it is not Spring Data's
 * auditing (that needs {@code @EnableJpaAuditing} in every context).
 */
@Component
public class EntityTimestamps {

    private final Clock clock;

    public EntityTimestamps(Clock clock) {
        this.clock = clock;
    }

    @PrePersist
    void onCreate(Object entity) {
        if (entity instanceof VersionedEntity versioned) {
            versioned.created(clock.instant());
        }
    }

    @PreUpdate
    void onUpdate(Object entity) {
        if (entity instanceof VersionedEntity versioned) {
            versioned.updated(clock.instant());
        }
    }
}
