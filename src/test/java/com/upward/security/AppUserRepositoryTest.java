package com.upward.security;

import com.upward.base.Role;

import com.upward.directory.Employee;
import com.upward.security.internal.AppUserRepository;
import com.upward.testsupport.Fixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Tag("db")
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class AppUserRepositoryTest {

    @Autowired
    AppUserRepository users;
    @Autowired
    TestEntityManager em;

    @Test
    void roundTripWithRolesAndEmployee() {
        Employee employee = Fixtures.employee(em);
        AppUser user = Fixtures.newUser(employee);
        user.getRoles().add(Role.HR);
        user.getRoles().add(Role.EMPLOYEE);
        user.setLocked(true);
        user.setMustChangePassword(true);
        user.setEnabled(false);
        user.setLastLoginAt(Instant.parse("2026-02-03T10:11:12.345678Z"));
        users.saveAndFlush(user);
        em.clear();

        AppUser loaded = users.findByUsernameIgnoreCase(user.getUsername().toUpperCase()).orElseThrow();

        assertThat(loaded.getUsername()).isEqualTo(user.getUsername());
        assertThat(loaded.getEmail()).isEqualTo(user.getEmail());
        assertThat(loaded.getDisplayName()).isEqualTo(user.getDisplayName());
        assertThat(loaded.getPasswordHash()).isEqualTo("{noop}secret");
        assertThat(loaded.getRoles()).containsExactlyInAnyOrder(Role.HR, Role.EMPLOYEE);
        assertThat(loaded.getEmployee().getId()).isEqualTo(employee.getId());
        assertThat(loaded.getEmployee().getEmail()).isEqualTo(employee.getEmail());
        assertThat(loaded.isLocked()).isTrue();
        assertThat(loaded.isMustChangePassword()).isTrue();
        assertThat(loaded.isEnabled()).isFalse();
        assertThat(loaded.getLastLoginAt()).isEqualTo(Instant.parse("2026-02-03T10:11:12.345678Z"));
        assertThat(users.existsByEmailIgnoreCase(user.getEmail())).isTrue();
    }

    @Test
    void duplicateUsernameIsRefused() {
        AppUser first = users.saveAndFlush(Fixtures.newUser(null));
        AppUser second = new AppUser(first.getUsername(), Fixtures.unique("other") + "@example.test", "Other", "x");

        assertThatThrownBy(() -> users.saveAndFlush(second)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void duplicateEmailIsRefused() {
        AppUser first = users.saveAndFlush(Fixtures.newUser(null));
        AppUser second = new AppUser(Fixtures.unique("other"), first.getEmail(), "Other", "x");

        assertThatThrownBy(() -> users.saveAndFlush(second)).isInstanceOf(DataIntegrityViolationException.class);
    }
}
