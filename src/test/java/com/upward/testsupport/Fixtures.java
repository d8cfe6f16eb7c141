package com.upward.testsupport;

import com.upward.base.Role;
import com.upward.directory.Employee;
import com.upward.program.Cadence;
import com.upward.program.Cohort;
import com.upward.program.Enrollment;
import com.upward.program.EnrollmentSide;
import com.upward.program.Program;
import com.upward.security.AppUser;
import jakarta.persistence.EntityManager;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Persists minimal valid rows for repository tests. Every natural key gets a random suffix, so tests neither depend
 * on an empty database nor collide with demo data or with each other.
 */
public final class Fixtures {

    public static final Instant APPLIED_AT = Instant.parse("2026-01-05T08:30:00.123456Z");

    private Fixtures() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new, unsaved employee with every required column filled. */
    public static Employee newEmployee() {
        String key = unique("t");
        Employee employee = new Employee(key.toUpperCase(), "Test", "Person " + key, key + "@example.test");
        employee.setDepartment("Engineering");
        employee.setJobTitle("Engineer");
        employee.setJobLevel(4);
        employee.setLocation("Berlin");
        employee.setTimeZone("Europe/Berlin");
        return employee;
    }

    public static Employee employee(TestEntityManager em) {
        return em.persist(newEmployee());
    }

    public static AppUser newUser(Employee employee) {
        String key = unique("u");
        AppUser user = new AppUser(key, key + "@example.test", "User " + key, "{noop}secret");
        user.setEmployee(employee);
        return user;
    }

    /** Persists a new employee, as {@code shape} adjusts it, and an account with {@code role} that belongs to them. */
    public static AppUser account(EntityManager em, Role role, Consumer<Employee> shape) {
        Employee employee = newEmployee();
        shape.accept(employee);
        em.persist(employee);
        AppUser user = newUser(employee);
        user.getRoles().add(role);
        em.persist(user);
        return user;
    }

    public static AppUser user(TestEntityManager em) {
        return em.persist(newUser(null));
    }

    public static Program program(TestEntityManager em) {
        return em.persist(new Program(unique("Program"), user(em), Cadence.BIWEEKLY, 3));
    }

    public static Cohort cohort(TestEntityManager em) {
        return em.persist(new Cohort(program(em), unique("Cohort"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31),
                LocalDate.of(2026, 2, 2), LocalDate.of(2026, 7, 31), Cadence.BIWEEKLY, 3));
    }

    public static Enrollment enrollment(TestEntityManager em, Cohort cohort, EnrollmentSide side) {
        return em.persist(new Enrollment(cohort, employee(em), side, APPLIED_AT));
    }
}
