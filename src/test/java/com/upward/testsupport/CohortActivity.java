package com.upward.testsupport;

import com.upward.checkin.internal.CheckIn;
import com.upward.checkin.CheckInStatus;
import com.upward.goals.Goal;
import com.upward.goals.GoalStatus;
import com.upward.goals.GoalType;
import com.upward.matching.AssignmentStatus;
import com.upward.program.CohortStatus;
import com.upward.program.Enrollment;
import com.upward.program.EnrollmentSide;
import com.upward.program.EnrollmentStatus;
import com.upward.program.ProgramTestData;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * An active cohort of its own whose people, pairs, check-ins and goals are in known states, for the tests of what
 * the cohort page shows (each feature reads its own part). Built in the caller's transaction.
 */
@Component
public class CohortActivity {

    /**
     * One accepted mentor with two accepted mentees: {@code mentee} in an ACTIVE pair, {@code quiet} in a PAUSED one.
     * Besides them one application to decide and one waitlisted mentee.
     */
    public record Cohort(long id, Enrollment mentor, Enrollment mentee, Enrollment quiet) {
    }

    private final ProgramTestData data;
    private final EntityManager em;

    CohortActivity(ProgramTestData data, EntityManager em) {
        this.data = data;
        this.em = em;
    }

    /**
     * Check-ins of {@code mentee}: one on time (submitted 2 days after the due date), one late (3 days after), one
     * overdue (due 3 days ago), two upcoming (due in a week, and one due 2 days ago: still within the grace days);
     * {@code quiet} has one overdue. Goals: two IN_PROGRESS ("Give hard feedback", "Speak up in reviews"), one
     * ACHIEVED ("Ship the migration").
     */
    public Cohort create() {
        LocalDate today = data.today();
        long cohort = data.enrollingCohort();
        data.status(cohort, CohortStatus.ACTIVE);
        Enrollment mentor = data.enrollment(cohort, EnrollmentSide.MENTOR, EnrollmentStatus.ACCEPTED);
        Enrollment mentee = data.enrollment(cohort, EnrollmentSide.MENTEE, EnrollmentStatus.ACCEPTED);
        Enrollment quiet = data.enrollment(cohort, EnrollmentSide.MENTEE, EnrollmentStatus.ACCEPTED);
        data.enrollment(cohort, EnrollmentSide.MENTEE, EnrollmentStatus.APPLIED);
        data.enrollment(cohort, EnrollmentSide.MENTEE, EnrollmentStatus.WAITLISTED);
        data.pair(mentor, mentee, AssignmentStatus.ACTIVE);
        data.pair(mentor, quiet, AssignmentStatus.PAUSED);
        checkIn(mentee, 1, today.minusDays(30), CheckInStatus.REVIEWED, today.minusDays(28));
        checkIn(mentee, 2, today.minusDays(20), CheckInStatus.SUBMITTED, today.minusDays(17));
        checkIn(mentee, 3, today.minusDays(3), CheckInStatus.DUE, null);
        checkIn(mentee, 4, today.minusDays(2), CheckInStatus.DRAFT, null);
        checkIn(mentee, 5, today.plusDays(7), CheckInStatus.DUE, null);
        checkIn(quiet, 1, today.minusDays(10), CheckInStatus.DUE, null);
        goal(mentee, GoalType.LEARNING, "Give hard feedback", GoalStatus.IN_PROGRESS, 40);
        goal(mentee, GoalType.OUTCOME, "Ship the migration", GoalStatus.ACHIEVED, 100);
        goal(quiet, GoalType.LEARNING, "Speak up in reviews", GoalStatus.IN_PROGRESS, 10);
        data.flushAndClear();
        return new Cohort(cohort, mentor, mentee, quiet);
    }

    private void checkIn(Enrollment mentee, int period, LocalDate dueOn, CheckInStatus status, LocalDate submittedOn) {
        CheckIn checkIn = new CheckIn(mentee, period, dueOn.minusWeeks(1), dueOn);
        checkIn.setStatus(status);
        if (submittedOn != null) {
            checkIn.setSubmittedAt(submittedOn.atTime(20, 0).toInstant(ZoneOffset.UTC));
        }
        em.persist(checkIn);
    }

    private void goal(Enrollment mentee, GoalType type, String title, GoalStatus status, int progress) {
        Goal goal = new Goal(mentee, type, title);
        goal.setStatus(status);
        goal.setProgress(progress);
        em.persist(goal);
    }
}
