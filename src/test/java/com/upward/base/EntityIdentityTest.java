package com.upward.base;

import com.upward.directory.Employee;
import com.upward.testsupport.Fixtures;
import org.hibernate.Hibernate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link AbstractEntity} identity holds between an entity and a lazy proxy of the same row. */
@Tag("db")
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class EntityIdentityTest {

    @Autowired
    TestEntityManager em;

    @Test
    void proxyAndLoadedEntityAreEqual() {
        Long id = Fixtures.employee(em).getId();
        Long otherId = Fixtures.employee(em).getId();
        em.flush();
        em.clear();
        Employee proxy = em.getEntityManager().getReference(Employee.class, id);
        em.detach(proxy);
        Employee loaded = em.find(Employee.class, id);

        assertThat(Hibernate.isInitialized(proxy)).isFalse();
        assertThat(proxy).isNotSameAs(loaded);
        assertThat(proxy.equals(loaded)).isTrue();
        assertThat(loaded.equals(proxy)).isTrue();
        assertThat(proxy.hashCode()).isEqualTo(loaded.hashCode());
        assertThat(Set.of(loaded)).contains(proxy);
        assertThat(loaded).isNotEqualTo(em.find(Employee.class, otherId));
        assertThat(Fixtures.newEmployee()).isNotEqualTo(Fixtures.newEmployee());
    }
}
