package com.upward.audit;

import com.upward.testsupport.Fixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.data.domain.PageRequest;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("db")
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class AuditEventRepositoryTest {

    @Autowired
    AuditEventRepository auditEvents;
    @Autowired
    TestEntityManager em;

    @Test
    void roundTripEveryAction() {
        String actor = Fixtures.unique("hr.anna");
        String entityType = Fixtures.unique("CheckIn");
        Instant start = Instant.parse("2026-03-14T08:00:00.000001Z");
        AuditAction[] actions = AuditAction.values();
        for (int i = 0; i < actions.length; i++) {
            auditEvents.save(new AuditEvent(start.plusSeconds(i), actor, actions[i], entityType, 42L,
                    "{\"field\":\"status\",\"n\":" + i + "}"));
        }
        auditEvents.saveAndFlush(new AuditEvent(start, actor, AuditAction.LOGIN, "AppUser", null, null));
        em.clear();

        var trail = auditEvents.findByEntityTypeAndEntityIdOrderByOccurredAt(entityType, 42L);
        assertThat(trail).extracting(AuditEvent::getAction).containsExactly(actions);
        AuditEvent read = trail.get(AuditAction.READ.ordinal());
        assertThat(read.getOccurredAt()).isEqualTo(start.plusSeconds(AuditAction.READ.ordinal()));
        assertThat(read.getActor()).isEqualTo(actor);
        assertThat(read.getEntityType()).isEqualTo(entityType);
        assertThat(read.getEntityId()).isEqualTo(42L);
        assertThat(read.getDetails()).isEqualTo("{\"field\":\"status\",\"n\":" + AuditAction.READ.ordinal() + "}");

        var byActor = auditEvents.findByActorOrderByOccurredAtDesc(actor, PageRequest.of(0, 20));
        assertThat(byActor.getTotalElements()).isEqualTo(actions.length + 1);
        assertThat(byActor.getContent()).filteredOn(e -> e.getEntityId() == null).singleElement().satisfies(login -> {
            assertThat(login.getAction()).isEqualTo(AuditAction.LOGIN);
            assertThat(login.getEntityType()).isEqualTo("AppUser");
            assertThat(login.getDetails()).isNull();
        });
    }
}
