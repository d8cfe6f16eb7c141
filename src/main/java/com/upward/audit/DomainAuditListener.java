package com.upward.audit;

import com.upward.base.AbstractEntity;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * Writes an audit row for every insert, update and delete Hibernate makes on a domain entity: who (the signed-in
 * username, or "system" for jobs), when, which entity and id, and which fields changed. Values are shown for
 * statuses, numbers, dates and flags; text fields are named but not copied, as they can hold a mentee's private
 * words and the audit log is read by administrators (decision 011). The row is written on the session's own
 * connection, so it commits or rolls back with the change itself.
 */
@Component
class DomainAuditListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    static final String SYSTEM = "system";
    /** Technical records with their own history (the outbox, notifications) and the log itself. */
    private static final Set<String> NOT_AUDITED = Set.of("AuditEvent", "EmailOutbox", "Notification");
    /** Bookkeeping that changes with every write. */
    private static final Set<String> IGNORED_FIELDS = Set.of("version", "updatedAt", "createdAt");
    private static final String INSERT = "insert into audit_event (occurred_at, actor, action, entity_type, entity_id,"
            + " details) values (?, ?, ?, ?, ?, ?)";

    private final Clock clock;

    DomainAuditListener(EntityManagerFactory entityManagerFactory, Clock clock) {
        this.clock = clock;
        EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry().requireService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, (PostInsertEventListener) this);
        registry.appendListeners(EventType.POST_UPDATE, (PostUpdateEventListener) this);
        registry.appendListeners(EventType.POST_DELETE, (PostDeleteEventListener) this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        EntityPersister persister = event.getPersister();
        write(event.getSession(), persister, AuditAction.CREATE, event.getId(),
                AuditChanges.created(persister.getPropertyNames(), event.getState(), IGNORED_FIELDS));
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        EntityPersister persister = event.getPersister();
        String changes = AuditChanges.updated(persister.getPropertyNames(), event.getOldState(), event.getState(),
                event.getDirtyProperties(), IGNORED_FIELDS);
        if (!changes.isEmpty()) {
            write(event.getSession(), persister, AuditAction.UPDATE, event.getId(), changes);
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        write(event.getSession(), event.getPersister(), AuditAction.DELETE, event.getId(), "deleted");
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void write(SharedSessionContractImplementor session, EntityPersister persister, AuditAction action,
                       Object id, String details) {
        String entity = persister.getMappedClass().getSimpleName();
        if (NOT_AUDITED.contains(entity) || !AbstractEntity.class.isAssignableFrom(persister.getMappedClass())) {
            return;
        }
        Instant now = clock.instant();
        String actor = actor();
        session.doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setObject(1, now.atOffset(ZoneOffset.UTC).toLocalDateTime());
                insert.setString(2, actor);
                insert.setString(3, action.name());
                insert.setString(4, entity);
                if (id instanceof Number number) {
                    insert.setLong(5, number.longValue());
                } else {
                    insert.setNull(5, Types.BIGINT);
                }
                insert.setString(6, details);
                insert.executeUpdate();
            }
        });
    }

    /** The signed-in username; "system" for scheduled jobs, start-up and anonymous requests. */
    static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated()
                || "anonymousUser".equals(authentication.getName()) ? SYSTEM : authentication.getName();
    }
}
