package com.upward.matching;

import com.upward.base.BusinessRuleException;
import com.upward.matching.internal.HardRule;
import com.upward.matching.internal.MatchingService;
import com.upward.program.Cadence;
import com.upward.program.Cohort;
import com.upward.program.CohortStatus;
import com.upward.program.Enrollment;
import com.upward.program.EnrollmentSide;
import com.upward.program.EnrollmentStatus;
import com.upward.program.ProgramTestData;
import com.upward.testsupport.EventListeners;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two coordinators give the last free place of a mentor to two different mentees at the same moment: the cohort
 * lock lets one through and refuses the other with the capacity rule, so the mentor is never over capacity. Runs
 * with committed data (each change in its own transaction, as in the app) and removes it afterwards.
 */
@SpringBootTest
@Tag("db")
class ConcurrentAssignmentTest {

    @Autowired
    MatchingService matching;
    @Autowired
    ProgramTestData data;
    @Autowired
    EntityManager em;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;

    private long programId;
    private long cohortId;
    private final List<Long> employees = new ArrayList<>();

    @Test
    void theLastFreePlaceGoesToOneMenteeOnly() throws Exception {
        data.signIn("hr");
        SecurityContext hr = SecurityContextHolder.createEmptyContext();
        hr.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        long[] ids = transaction.execute(status -> {
            programId = data.program();
            cohortId = data.cohort(programId, data.today().minusDays(5), data.today().plusDays(10),
                    data.today().plusDays(30), data.today().plusDays(114), Cadence.WEEKLY);
            data.status(cohortId, CohortStatus.ENROLLING);
            em.find(Cohort.class, cohortId).setMaxMenteesPerMentor(1);
            Enrollment mentor = enroll(EnrollmentSide.MENTOR, "Finance", 7);
            Enrollment first = enroll(EnrollmentSide.MENTEE, "Sales", 3);
            Enrollment second = enroll(EnrollmentSide.MENTEE, "Legal", 3);
            return new long[]{mentor.getId(), first.getId(), second.getId()};
        });

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (long mentee : new long[]{ids[1], ids[2]}) {
                outcomes.add(pool.submit(() -> {
                    SecurityContextHolder.setContext(hr);
                    start.await();
                    try {
                        matching.assign(cohortId, ids[0], mentee, null);
                        return "assigned";
                    } catch (BusinessRuleException refused) {
                        return refused.getMessage();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(30, TimeUnit.SECONDS));
            }

            assertThat(results).containsExactlyInAnyOrder("assigned", HardRule.CAPACITY.text().english());
            assertThat(jdbc.queryForObject("select count(*) from mentor_assignment where mentor_enrollment_id = ?"
                    + " and status = 'ACTIVE'", Long.class, ids[0])).isOne();
        } finally {
            pool.shutdownNow();
        }
    }

    private Enrollment enroll(EnrollmentSide side, String department, int level) {
        var employee = data.employee(department, level);
        em.flush();
        employees.add(employee.getId());
        return data.enrollment(cohortId, employee, side, EnrollmentStatus.ACCEPTED);
    }

    @AfterEach
    void removeCommittedData() {
        if (cohortId == 0) {
            return;
        }
        EventListeners.awaitDone(jdbc); // the pair's schedule and notifications follow the commit
        jdbc.update("delete from check_in where enrollment_id in (select id from enrollment where cohort_id = ?)",
                cohortId);
        jdbc.update("delete from assignment_event where assignment_id in"
                + " (select id from mentor_assignment where cohort_id = ?)", cohortId);
        jdbc.update("delete from mentor_assignment where cohort_id = ?", cohortId);
        jdbc.update("delete from enrollment_topic where enrollment_id in (select id from enrollment where cohort_id = ?)",
                cohortId);
        jdbc.update("delete from enrollment where cohort_id = ?", cohortId);
        jdbc.update("delete from audit_event where entity_type in ('Cohort', 'Program') and entity_id in (?, ?)",
                cohortId, programId);
        jdbc.update("delete from cohort where id = ?", cohortId);
        jdbc.update("delete from program where id = ?", programId);
        employees.forEach(employee -> jdbc.update("delete from employee where id = ?", employee)); // cascades to tags
        SecurityContextHolder.clearContext();
    }
}
