package com.upward.matching;

import com.upward.directory.Employee;
import com.upward.matching.internal.PairingModels.PairingOptions;
import com.upward.matching.internal.PairingService;
import com.upward.program.Cohort;
import com.upward.program.Enrollment;
import com.upward.program.EnrollmentSide;
import com.upward.program.EnrollmentStatus;
import com.upward.program.ProgramTestData;
import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A new enrolling cohort with the demo mentor and mentee accepted and the pairing options set (HR signed in). */
@Component
public class PairingTestData {

    /** The cohort and the two enrollments; the demo mentor's pairs elsewhere do not count against this cohort. */
    public record DemoPeople(long cohort, Enrollment mentor, Enrollment mentee) {
    }

    private final ProgramTestData data;
    private final PairingService pairing;
    private final EntityManager em;
    private final JdbcTemplate jdbc;

    PairingTestData(ProgramTestData data, PairingService pairing, EntityManager em, JdbcTemplate jdbc) {
        this.data = data;
        this.pairing = pairing;
        this.em = em;
        this.jdbc = jdbc;
    }

    public DemoPeople cohortWith(boolean pairsNeedAcceptance, boolean menteesChooseMentor) {
        data.signIn("hr");
        long cohort = data.enrollingCohort();
        em.find(Cohort.class, cohort).getProgram().setMentorCapacityAcrossCohorts(false);
        Enrollment mentor = data.enrollment(cohort, employee("mentor"), EnrollmentSide.MENTOR,
                EnrollmentStatus.ACCEPTED);
        Enrollment mentee = data.enrollment(cohort, employee("mentee"), EnrollmentSide.MENTEE,
                EnrollmentStatus.ACCEPTED);
        em.flush();
        pairing.saveOptions(cohort, new PairingOptions(pairsNeedAcceptance, menteesChooseMentor));
        return new DemoPeople(cohort, mentor, mentee);
    }

    public Employee employee(String username) {
        return em.find(Employee.class, jdbc.queryForObject("select employee_id from app_user where username = ?",
                Long.class, username));
    }

    /** The pair's status as stored, after flushing the test's writes. */
    public AssignmentStatus status(long assignmentId) {
        em.flush();
        return AssignmentStatus.valueOf(jdbc.queryForObject("select status from mentor_assignment where id = ?",
                String.class, assignmentId));
    }
}
