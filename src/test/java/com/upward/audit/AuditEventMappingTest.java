package com.upward.audit;

import com.upward.testsupport.Fixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Every audit action and its fields are stored and read back as written. */
@Tag("db")
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class AuditEventMappingTest {

    @Autowired
    TestEntityManager em;

    @Test
    void roundTripEveryAction() {
        String actor = Fixtures.unique("hr.anna");
        String entityType = Fixtures.unique("CheckIn");
        Instant start = Instant.parse("2026-03-14T08:00:00.000001Z");
        AuditAction[] actions = AuditAction.values();
        for (int i = 0; i < actions.length; i++) {
            em.persist(new AuditEvent(start.plusSeconds(i), actor, actions[i], entityType, 42L,
                    "{\"field\":\"status\",\"n\":" + i + "}"));
        }
        em.persistAndFlush(new AuditEvent(start, actor, AuditAction.LOGIN, "AppUser", null, null));
        em.clear();

        var trail = em.getEntityManager().createQuery("""
                        select e from AuditEvent e where e.entityType = :type and e.entityId = 42
                        order by e.occurredAt""", AuditEvent.class)
                .setParameter("type", entityType).getResultList();
        assertThat(trail).extracting(AuditEvent::getAction).containsExactly(actions);
        AuditEvent read = trail.get(AuditAction.READ.ordinal());
        assertThat(read.getOccurredAt()).isEqualTo(start.plusSeconds(AuditAction.READ.ordinal()));
        assertThat(read.getActor()).isEqualTo(actor);
        assertThat(read.getEntityType()).isEqualTo(entityType);
        assertThat(read.getEntityId()).isEqualTo(42L);
        assertThat(read.getDetails()).isEqualTo("{\"field\":\"status\",\"n\":" + AuditAction.READ.ordinal() + "}");

        var byActor = em.getEntityManager().createQuery(
                        "select e from AuditEvent e where e.actor = :actor order by e.occurredAt desc", AuditEvent.class)
                .setParameter("actor", actor).getResultList();
        assertThat(byActor).hasSize(actions.length + 1);
        assertThat(byActor).filteredOn(e -> e.getEntityId() == null).singleElement().satisfies(login -> {
            assertThat(login.getAction()).isEqualTo(AuditAction.LOGIN);
            assertThat(login.getEntityType()).isEqualTo("AppUser");
            assertThat(login.getDetails()).isNull();
        });
    }
}
