package com.upward.program;

import com.upward.base.BusinessRuleException;
import com.upward.directory.Employee;
import com.upward.program.internal.EnrollmentService;
import com.upward.program.internal.EnrollmentService.Chosen;
import com.upward.testsupport.Fixtures;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A decision in bulk is all or nothing (issue 24), seen from outside any test transaction: when one of the people
 * chosen cannot be decided, the ones before it are not decided either. Its rows are removed afterwards.
 */
@SpringBootTest
@Tag("db")
@WithUserDetails("hr")
class BulkDecisionRollbackTest {

    @Autowired
    EnrollmentService enrollment;
    @Autowired
    EntityManager em;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Clock clock;

    private final List<Long> employees = new ArrayList<>();

    private long enrolled(long cohortId, EnrollmentStatus status) {
        return transactions.execute(tx -> {
            Employee person = Fixtures.newEmployee();
            em.persist(person);
            employees.add(person.getId());
            Enrollment enrollment = new Enrollment(em.find(Cohort.class, cohortId), person, EnrollmentSide.MENTEE,
                    clock.instant());
            enrollment.setStatus(status);
            enrollment.setMotivation("Rollback test");
            em.persist(enrollment);
            return enrollment.getId();
        });
    }

    @AfterEach
    void removeTheRows() {
        for (long employee : employees) {
            jdbc.update("delete from enrollment_topic where enrollment_id in (select id from enrollment"
                    + " where employee_id = ?)", employee);
            jdbc.update("delete from enrollment where employee_id = ?", employee);
            jdbc.update("delete from employee where id = ?", employee);
        }
    }

    @Test
    void whenOneCannotBeAcceptedNobodyIs() {
        long cohort = jdbc.queryForObject("select id from cohort where status = 'ENROLLING' order by id limit 1",
                Long.class);
        long applied = enrolled(cohort, EnrollmentStatus.APPLIED);
        long declined = enrolled(cohort, EnrollmentStatus.DECLINED);

        assertThatThrownBy(() -> enrollment.decideAll(cohort, List.of(new Chosen(applied, 0), new Chosen(declined, 0)),
                EnrollmentStatus.ACCEPTED, false)).isInstanceOf(BusinessRuleException.class)
                .hasMessageStartingWith("Nothing was changed.");

        assertThat(jdbc.queryForObject("select status from enrollment where id = ?", String.class, applied))
                .isEqualTo("APPLIED");
    }
}
