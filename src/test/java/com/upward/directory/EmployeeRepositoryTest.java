package com.upward.directory;

import com.upward.directory.internal.EmployeeRepository;
import com.upward.testsupport.Fixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Tag("db")
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class EmployeeRepositoryTest {

    @Autowired
    EmployeeRepository employees;
    @Autowired
    TestEntityManager em;

    @Test
    void roundTripWithTagsAndManager() {
        Employee manager = employees.save(Fixtures.newEmployee());
        Employee employee = Fixtures.newEmployee();
        employee.setDepartment("Finance");
        employee.setJobTitle("Controller");
        employee.setJobLevel(7);
        employee.setLocation("Lisbon");
        employee.setTimeZone("Europe/Lisbon");
        employee.setHireDate(LocalDate.of(2019, 4, 1));
        employee.setActive(false);
        employee.setManager(manager);
        employee.getSkills().addAll(java.util.List.of("sql", "negotiation"));
        employee.getInterests().add("public speaking");
        employee.getLanguages().addAll(java.util.List.of("pt", "en"));
        Long id = employees.saveAndFlush(employee).getId();
        em.clear();

        Employee loaded = employees.findByEmployeeNumber(employee.getEmployeeNumber()).orElseThrow();

        assertThat(loaded.getId()).isEqualTo(id);
        assertThat(loaded.getFirstName()).isEqualTo("Test");
        assertThat(loaded.getLastName()).isEqualTo(employee.getLastName());
        assertThat(loaded.getEmail()).isEqualTo(employee.getEmail());
        assertThat(loaded.getDepartment()).isEqualTo("Finance");
        assertThat(loaded.getJobTitle()).isEqualTo("Controller");
        assertThat(loaded.getJobLevel()).isEqualTo(7);
        assertThat(loaded.getLocation()).isEqualTo("Lisbon");
        assertThat(loaded.getTimeZone()).isEqualTo("Europe/Lisbon");
        assertThat(loaded.getHireDate()).isEqualTo(LocalDate.of(2019, 4, 1));
        assertThat(loaded.isActive()).isFalse();
        assertThat(loaded.getManager().getId()).isEqualTo(manager.getId());
        assertThat(loaded.getManager().getEmployeeNumber()).isEqualTo(manager.getEmployeeNumber());
        assertThat(loaded.getSkills()).containsExactlyInAnyOrder("sql", "negotiation");
        assertThat(loaded.getInterests()).containsExactly("public speaking");
        assertThat(loaded.getLanguages()).containsExactlyInAnyOrder("pt", "en");
        assertThat(loaded.getVersion()).isZero();
        assertThat(loaded.getCreatedAt()).isNotNull().isEqualTo(loaded.getUpdatedAt());
        assertThat(employees.existsByEmailIgnoreCase(employee.getEmail().toUpperCase())).isTrue();
    }

    @Test
    void duplicateEmployeeNumberIsRefused() {
        Employee first = employees.saveAndFlush(Fixtures.newEmployee());
        Employee second = Fixtures.newEmployee();
        second.setEmployeeNumber(first.getEmployeeNumber());

        assertThatThrownBy(() -> employees.saveAndFlush(second)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void duplicateEmailIsRefused() {
        Employee first = employees.saveAndFlush(Fixtures.newEmployee());
        Employee second = Fixtures.newEmployee();
        second.setEmail(first.getEmail());

        assertThatThrownBy(() -> employees.saveAndFlush(second)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void staleCopyCannotOverwriteANewerVersion() {
        Long id = employees.saveAndFlush(Fixtures.newEmployee()).getId();
        em.clear();
        Employee first = employees.findById(id).orElseThrow();
        em.detach(first);
        Employee second = employees.findById(id).orElseThrow();
        em.detach(second);

        first.setJobTitle("Staff Engineer");
        employees.saveAndFlush(first);
        em.clear();
        second.setJobTitle("Principal Engineer");

        assertThatThrownBy(() -> employees.saveAndFlush(second))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        em.clear();
        Employee stored = employees.findById(id).orElseThrow();
        assertThat(stored.getJobTitle()).isEqualTo("Staff Engineer");
        assertThat(stored.getVersion()).isEqualTo(1);
    }
}
