package com.upward.program.internal;

import com.upward.directory.Employee;
import com.upward.program.Cadence;
import com.upward.program.Cohort;
import com.upward.program.CohortStatus;
import com.upward.program.Enrollment;
import com.upward.program.EnrollmentSide;
import com.upward.program.EnrollmentStatus;
import com.upward.program.LocationPreference;
import com.upward.program.Program;
import com.upward.security.AppUser;
import com.upward.testsupport.Fixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Program, cohort and enrollment (with topics). */
@Tag("db")
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class ProgramRepositoryTest {

    @Autowired
    ProgramRepository programs;
    @Autowired
    CohortRepository cohorts;
    @Autowired
    EnrollmentRepository enrollments;
    @Autowired
    TestEntityManager em;

    @Test
    void roundTripProgramCohortAndEnrollment() {
        AppUser owner = Fixtures.user(em);
        AppUser hr = Fixtures.user(em);
        Employee mentee = Fixtures.employee(em);
        Employee wishedMentor = Fixtures.employee(em);

        Program program = new Program(Fixtures.unique("Failing Forward"), owner, Cadence.MONTHLY, 4);
        program.setDescription("Learn from setbacks, deliberately.");
        program.setActive(false);
        programs.save(program);

        Cohort cohort = new Cohort(program, "Spring 2026", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28),
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 8, 28), Cadence.WEEKLY, 2);
        cohort.setDescription("First run");
        cohort.setStatus(CohortStatus.ENROLLING);
        cohorts.save(cohort);

        Enrollment enrollment = new Enrollment(cohort, mentee, EnrollmentSide.MENTEE, Fixtures.APPLIED_AT);
        enrollment.setStatus(EnrollmentStatus.ACCEPTED);
        enrollment.setInvited(true);
        enrollment.setMotivation("I freeze when a plan fails.");
        enrollment.setAvailability("Tue/Thu afternoons");
        enrollment.setPreferredMentor(wishedMentor);
        enrollment.setLocationPreference(LocationPreference.OTHER);
        enrollment.setDecidedAt(Instant.parse("2026-02-10T14:00:00.000001Z"));
        enrollment.setDecidedBy(hr);
        enrollment.setWithdrawalReason("none yet");
        enrollment.getTopics().addAll(java.util.List.of("feedback", "resilience", "public speaking"));
        enrollments.saveAndFlush(enrollment);
        em.clear();

        Program loadedProgram = programs.findByName(program.getName()).orElseThrow();
        assertThat(loadedProgram.getDescription()).isEqualTo("Learn from setbacks, deliberately.");
        assertThat(loadedProgram.getOwner().getId()).isEqualTo(owner.getId());
        assertThat(loadedProgram.getDefaultCadence()).isEqualTo(Cadence.MONTHLY);
        assertThat(loadedProgram.getDefaultMaxMentees()).isEqualTo(4);
        assertThat(loadedProgram.isActive()).isFalse();

        Cohort loadedCohort = cohorts.findByProgramIdOrderByStartsOnDesc(program.getId()).getFirst();
        assertThat(loadedCohort.getName()).isEqualTo("Spring 2026");
        assertThat(loadedCohort.getDescription()).isEqualTo("First run");
        assertThat(loadedCohort.getEnrollmentOpensOn()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(loadedCohort.getEnrollmentClosesOn()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(loadedCohort.getStartsOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(loadedCohort.getEndsOn()).isEqualTo(LocalDate.of(2026, 8, 28));
        assertThat(loadedCohort.getCadence()).isEqualTo(Cadence.WEEKLY);
        assertThat(loadedCohort.getMaxMenteesPerMentor()).isEqualTo(2);
        assertThat(loadedCohort.getStatus()).isEqualTo(CohortStatus.ENROLLING);
        assertThat(cohorts.findByStatus(CohortStatus.ENROLLING)).contains(loadedCohort);

        Enrollment loaded = enrollments.findByCohortIdAndEmployeeId(cohort.getId(), mentee.getId()).orElseThrow();
        assertThat(loaded.getCohort().getId()).isEqualTo(cohort.getId());
        assertThat(loaded.getEmployee().getId()).isEqualTo(mentee.getId());
        assertThat(loaded.getSide()).isEqualTo(EnrollmentSide.MENTEE);
        assertThat(loaded.getStatus()).isEqualTo(EnrollmentStatus.ACCEPTED);
        assertThat(loaded.isInvited()).isTrue();
        assertThat(loaded.getMotivation()).isEqualTo("I freeze when a plan fails.");
        assertThat(loaded.getAvailability()).isEqualTo("Tue/Thu afternoons");
        assertThat(loaded.getPreferredMentor().getId()).isEqualTo(wishedMentor.getId());
        assertThat(loaded.getLocationPreference()).isEqualTo(LocationPreference.OTHER);
        assertThat(loaded.getAppliedAt()).isEqualTo(Fixtures.APPLIED_AT);
        assertThat(loaded.getDecidedAt()).isEqualTo(Instant.parse("2026-02-10T14:00:00.000001Z"));
        assertThat(loaded.getDecidedBy().getId()).isEqualTo(hr.getId());
        assertThat(loaded.getWithdrawalReason()).isEqualTo("none yet");
        assertThat(loaded.getTopics()).containsExactlyInAnyOrder("feedback", "resilience", "public speaking");
        assertThat(enrollments.findByCohortIdAndSideAndStatus(cohort.getId(), EnrollmentSide.MENTEE,
                EnrollmentStatus.ACCEPTED)).containsExactly(loaded);
    }

    @Test
    void defaultsOfANewEnrollment() {
        Enrollment enrollment = Fixtures.enrollment(em, Fixtures.cohort(em), EnrollmentSide.MENTOR);
        em.flush();
        em.clear();

        Enrollment loaded = enrollments.findById(enrollment.getId()).orElseThrow();
        assertThat(loaded.getStatus()).isEqualTo(EnrollmentStatus.APPLIED);
        assertThat(loaded.getLocationPreference()).isEqualTo(LocationPreference.ANY);
        assertThat(loaded.isInvited()).isFalse();
        assertThat(loaded.getTopics()).isEmpty();
        assertThat(loaded.getCohort().getStatus()).isEqualTo(CohortStatus.DRAFT);
    }

    @Test
    void secondEnrollmentOfTheSameEmployeeInTheSameCohortIsRefused() {
        Cohort cohort = Fixtures.cohort(em);
        Enrollment first = Fixtures.enrollment(em, cohort, EnrollmentSide.MENTEE);
        em.flush();
        // the same person may not also mentor in the cohort they are a mentee in
        Enrollment second = new Enrollment(cohort, first.getEmployee(), EnrollmentSide.MENTOR, Fixtures.APPLIED_AT);

        assertThatThrownBy(() -> enrollments.saveAndFlush(second))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void duplicateCohortNameInOneProgramIsRefused() {
        Cohort first = Fixtures.cohort(em);
        em.flush();
        Cohort second = new Cohort(first.getProgram(), first.getName(), first.getEnrollmentOpensOn(),
                first.getEnrollmentClosesOn(), first.getStartsOn(), first.getEndsOn(), Cadence.MONTHLY, 1);

        assertThatThrownBy(() -> cohorts.saveAndFlush(second)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void staleCohortCannotOverwriteANewerVersion() {
        Long id = Fixtures.cohort(em).getId();
        em.flush();
        em.clear();
        Cohort first = cohorts.findById(id).orElseThrow();
        em.detach(first);
        Cohort second = cohorts.findById(id).orElseThrow();
        em.detach(second);

        first.setStatus(CohortStatus.ENROLLING);
        cohorts.saveAndFlush(first);
        em.clear();
        second.setStatus(CohortStatus.CANCELLED);

        assertThatThrownBy(() -> cohorts.saveAndFlush(second))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }
}
