package com.upward.program;

import com.upward.directory.Employee;
import com.upward.matching.AssignmentStatus;
import com.upward.matching.MentorAssignment;
import com.upward.program.internal.CohortService;
import com.upward.program.internal.ProgramForm;
import com.upward.program.internal.ProgramService;
import com.upward.security.UserPrincipal;
import com.upward.testsupport.Fixtures;
import jakarta.persistence.EntityManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Builds programs, cohorts, enrollments and pairs for service and view tests, inside the test's transaction (rolled
 * back afterwards). Names are unique, so tests neither depend on nor disturb the demo data.
 */
@Component
public class ProgramTestData {

    private final EntityManager em;
    private final ProgramService programs;
    private final CohortService cohorts;
    private final UserDetailsService users;
    private final Clock clock;

    ProgramTestData(EntityManager em, ProgramService programs, CohortService cohorts, UserDetailsService users,
                    Clock clock) {
        this.em = em;
        this.programs = programs;
        this.cohorts = cohorts;
        this.users = users;
        this.clock = clock;
    }

    /** Acts as a demo user from here on (the test's own security context). */
    public UserPrincipal signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return (UserPrincipal) user;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A new program owned by the signed-in HR user. */
    public long program() {
        long owner = ((UserPrincipal) SecurityContextHolder.getContext().getAuthentication().getPrincipal()).userId();
        return programs.createProgram(new ProgramForm(Fixtures.unique("Program"), "For tests", owner,
                Cadence.BIWEEKLY, 3));
    }

    public long cohort(long programId, LocalDate opens, LocalDate closes, LocalDate starts, LocalDate ends,
                       Cadence cadence) {
        return cohorts.createCohort(programId, new CohortForm(Fixtures.unique("Cohort"), null, opens, closes, starts,
                ends, cadence, 3));
    }

    /** A DRAFT cohort whose enrollment window is open today; it starts in 30 days and runs 12 weeks. */
    public long draftCohort() {
        LocalDate today = today();
        return cohort(program(), today.minusDays(5), today.plusDays(10), today.plusDays(30), today.plusDays(30 + 84),
                Cadence.WEEKLY);
    }

    /** Like {@link #draftCohort()}, but ENROLLING. */
    public long enrollingCohort() {
        long id = draftCohort();
        status(id, CohortStatus.ENROLLING);
        return id;
    }

    /** Puts a cohort in a status directly, as set-up for a test (the service's checks are what tests exercise). */
    public void status(long cohortId, CohortStatus status) {
        em.find(Cohort.class, cohortId).setStatus(status);
        em.flush();
    }

    public long version(long cohortId) {
        em.flush();
        return cohorts.cohort(cohortId).orElseThrow().version();
    }

    public Employee employee() {
        return employee("Engineering", 4);
    }

    public Employee employee(String department, int level) {
        Employee employee = Fixtures.newEmployee();
        employee.setDepartment(department);
        employee.setJobLevel(level);
        em.persist(employee);
        return employee;
    }

    public Enrollment enrollment(long cohortId, EnrollmentSide side, EnrollmentStatus status) {
        return enrollment(cohortId, employee(), side, status);
    }

    public Enrollment enrollment(long cohortId, Employee employee, EnrollmentSide side, EnrollmentStatus status) {
        Enrollment enrollment = new Enrollment(em.find(Cohort.class, cohortId), employee, side, Instant.now(clock));
        enrollment.setStatus(status);
        enrollment.setMotivation("Test motivation");
        enrollment.getTopics().add("feedback");
        em.persist(enrollment);
        return enrollment;
    }

    public MentorAssignment pair(Enrollment mentor, Enrollment mentee, AssignmentStatus status) {
        MentorAssignment pair = new MentorAssignment(mentor.getCohort(), mentor, mentee,
                mentor.getCohort().getStartsOn());
        pair.setStatus(status);
        em.persist(pair);
        return pair;
    }

    public void flushAndClear() {
        em.flush();
        em.clear();
    }
}
