package com.upward.testsupport;

import com.upward.checkin.internal.CheckIn;
import com.upward.directory.Employee;
import com.upward.goals.Goal;
import com.upward.goals.GoalType;
import com.upward.matching.AssignmentStatus;
import com.upward.matching.MentorAssignment;
import com.upward.program.Cadence;
import com.upward.program.Cohort;
import com.upward.program.CohortStatus;
import com.upward.program.Enrollment;
import com.upward.program.EnrollmentSide;
import com.upward.program.EnrollmentStatus;
import com.upward.program.Program;
import com.upward.security.AppUser;
import com.upward.base.Role;
import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A running cohort of its own with pairs whose mentee and mentor can sign in, each mentee with one goal and the
 * first check-in due, built in the caller's transaction. Tests that run threads commit it (each thread is its own
 * session) and call {@link #remove} afterwards; names are unique, so nothing collides with the demo data.
 */
@Component
public class RunningPairs {

    /** One pair: who signs in, and the records they work on. */
    public record Pair(String menteeUsername, String mentorUsername, long menteeEnrollmentId, long checkInId,
                       long goalId) {
    }

    /** The cohort with its pairs; {@code employees} and {@code users} for the clean-up. */
    public record Run(long programId, long cohortId, List<Pair> pairs, List<Long> employees, List<Long> users) {
    }

    private final EntityManager em;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    RunningPairs(EntityManager em, JdbcTemplate jdbc, Clock clock) {
        this.em = em;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** {@code count} pairs in a new ACTIVE cohort that started two weeks ago; {@code mentee} may shape each mentee. */
    public Run create(int count, Consumer<Employee> mentee) {
        LocalDate today = LocalDate.now(clock);
        AppUser hr = em.createQuery("select u from AppUser u where u.username = 'hr'", AppUser.class)
                .getSingleResult();
        Program program = new Program(Fixtures.unique("Program"), hr, Cadence.BIWEEKLY, 3);
        em.persist(program);
        var cohort = new Cohort(program, Fixtures.unique("Cohort"), today.minusDays(40),
                today.minusDays(20), today.minusDays(14), today.plusDays(70), Cadence.BIWEEKLY, 3);
        cohort.setStatus(CohortStatus.ACTIVE);
        em.persist(cohort);
        List<Pair> pairs = new ArrayList<>();
        List<Long> employees = new ArrayList<>();
        List<Long> users = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            AppUser mentorUser = account(cohort, EnrollmentSide.MENTOR, e -> { });
            AppUser menteeUser = account(cohort, EnrollmentSide.MENTEE, mentee);
            Enrollment mentorEnrollment = enrollmentOf(cohort, mentorUser);
            Enrollment menteeEnrollment = enrollmentOf(cohort, menteeUser);
            var pair = new MentorAssignment(cohort, mentorEnrollment, menteeEnrollment, cohort.getStartsOn());
            pair.setStatus(AssignmentStatus.ACTIVE);
            em.persist(pair);
            Goal goal = new Goal(menteeEnrollment, GoalType.LEARNING, "Goal " + (i + 1));
            goal.setTargetDate(cohort.getEndsOn().minusDays(7));
            em.persist(goal);
            CheckIn checkIn = new CheckIn(menteeEnrollment, 1, cohort.getStartsOn(), cohort.getStartsOn().plusDays(13));
            checkIn.setAssignment(pair);
            em.persist(checkIn);
            em.flush();
            pairs.add(new Pair(menteeUser.getUsername(), mentorUser.getUsername(), menteeEnrollment.getId(),
                    checkIn.getId(), goal.getId()));
            employees.add(mentorUser.getEmployee().getId());
            employees.add(menteeUser.getEmployee().getId());
            users.add(mentorUser.getId());
            users.add(menteeUser.getId());
        }
        return new Run(program.getId(), cohort.getId(), pairs, employees, users);
    }

    private AppUser account(Cohort cohort, EnrollmentSide side, Consumer<Employee> shape) {
        AppUser user = Fixtures.account(em, Role.EMPLOYEE, shape);
        Enrollment enrollment = new Enrollment(cohort, user.getEmployee(), side, Instant.now(clock));
        enrollment.setStatus(EnrollmentStatus.ACCEPTED);
        enrollment.setMotivation("Running pairs");
        em.persist(enrollment);
        return user;
    }

    private Enrollment enrollmentOf(Cohort cohort, AppUser user) {
        return em.createQuery("select e from Enrollment e where e.cohort = :cohort and e.employee = :employee",
                Enrollment.class).setParameter("cohort", cohort).setParameter("employee", user.getEmployee())
                .getSingleResult();
    }

    /** Deletes what {@link #create} committed and everything the tests wrote for it, children first. */
    public void remove(Run c) {
        String users = ids(c.users());
        String enrollments = "(select id from enrollment where cohort_id = " + c.cohortId() + ")";
        String checkIns = "(select id from check_in where enrollment_id in " + enrollments + ")";
        String usernames = "(select username from app_user where id in " + users + ")";
        for (String sql : List.of(
                "delete from email_outbox where notification_id in (select id from notification where recipient_id"
                        + " in " + users + ")",
                "delete from notification where recipient_id in " + users,
                "delete from audit_event where actor in " + usernames,
                "delete from mentor_feedback where check_in_id in " + checkIns,
                "delete from check_in_revision where check_in_id in " + checkIns,
                "delete from check_in_goal_update where check_in_id in " + checkIns,
                "delete from check_in where enrollment_id in " + enrollments,
                "delete from goal where enrollment_id in " + enrollments,
                "delete from assignment_event where assignment_id in (select id from mentor_assignment where"
                        + " cohort_id = " + c.cohortId() + ")",
                "delete from mentor_assignment where cohort_id = " + c.cohortId(),
                "delete from enrollment where cohort_id = " + c.cohortId(),
                "delete from cohort where id = " + c.cohortId(),
                "delete from program where id = " + c.programId(),
                "delete from app_user where id in " + users,
                "delete from employee where id in " + ids(c.employees()))) {
            jdbc.update(sql);
        }
    }

    private static String ids(List<Long> ids) {
        return "(" + String.join(", ", ids.stream().map(String::valueOf).toList()) + ")";
    }
}
