package com.upward.checkin.internal;

import com.upward.checkin.CheckInStatus;
import com.upward.matching.internal.MatchingService;
import com.upward.matching.internal.MatchingModels.PairSaved;
import com.upward.matching.PairChanged;
import com.upward.program.Cadence;
import com.upward.program.CohortStatus;
import com.upward.program.Enrollment;
import com.upward.program.EnrollmentSide;
import com.upward.program.EnrollmentStatus;
import com.upward.program.ProgramTestData;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schedule of a pair made while its cohort runs, and of a rematch. The schedule of a new pair is made after the
 * commit (this test, inside one transaction, makes it itself from the published event; {@code EventRetryTest} takes
 * the real path); a rematch moves the open check-ins in its own transaction.
 */
@SpringBootTest
@Tag("db")
@Transactional
@WithUserDetails("hr")
@RecordApplicationEvents
class PairScheduleTest {

    @Autowired
    MatchingService matching;
    @Autowired
    CheckInSchedule schedule;
    @Autowired
    ProgramTestData data;
    @Autowired
    EntityManager em;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    @Test
    void aPairMadeInARunningCohortGetsCheckInsFromItsStartOnAndARematchMovesTheOpenOnes() {
        LocalDate today = data.today();
        long cohort = data.cohort(data.program(), today.minusDays(60), today.minusDays(30), today.minusDays(21),
                today.plusDays(63), Cadence.WEEKLY);
        data.status(cohort, CohortStatus.ACTIVE);
        Enrollment mentorA = data.enrollment(cohort, data.employee("Finance", 6), EnrollmentSide.MENTOR,
                EnrollmentStatus.ACCEPTED);
        Enrollment mentorB = data.enrollment(cohort, data.employee("Legal", 6), EnrollmentSide.MENTOR,
                EnrollmentStatus.ACCEPTED);
        Enrollment mentee = data.enrollment(cohort, data.employee("Sales", 3), EnrollmentSide.MENTEE,
                EnrollmentStatus.ACCEPTED);
        em.flush();

        PairSaved first = matching.assign(cohort, mentorA.getId(), mentee.getId(), null);
        assertThat(checkInsOf(mentee)).as("made after the commit").isEmpty();
        // what CheckInScheduleReactions does after the commit (called on the proxy here, it would run on another thread)
        events.stream(PairChanged.class).filter(change -> change.kind() == PairChanged.Kind.ASSIGNED)
                .forEach(change -> schedule.createScheduleOfPair(change.assignmentId()));
        em.flush();
        // 12 weekly periods; the pair starts today, in period 4, so periods 1-3 are not owed
        List<LocalDate> due = checkInsOf(mentee);
        assertThat(due).hasSize(12 - 3).allSatisfy(d -> assertThat(d).isAfterOrEqualTo(today));

        CheckIn submitted = em.createQuery("select ci from CheckIn ci where ci.enrollment.id = :e order by ci.dueOn",
                CheckIn.class).setParameter("e", mentee.getId()).setMaxResults(1).getSingleResult();
        submitted.setStatus(CheckInStatus.SUBMITTED);
        PairSaved second = matching.rematch(first.assignmentId(), mentorB.getId(), "Better fit");
        em.flush();

        assertThat(jdbc.queryForObject("select assignment_id from check_in where id = ?", Long.class,
                submitted.getId())).isEqualTo(first.assignmentId());
        assertThat(jdbc.queryForObject("select count(*) from check_in where enrollment_id = ? and assignment_id = ?",
                Long.class, mentee.getId(), second.assignmentId())).isEqualTo(12 - 3 - 1);
    }

    List<LocalDate> checkInsOf(Enrollment mentee) {
        em.flush();
        return jdbc.queryForList("select due_on from check_in where enrollment_id = ? order by due_on",
                LocalDate.class, mentee.getId());
    }
}
