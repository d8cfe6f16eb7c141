package com.upward.matching;

import com.upward.base.BusinessRuleException;
import com.upward.checkin.CheckIn;
import com.upward.checkin.CheckInStatus;
import com.upward.directory.Employee;
import com.upward.matching.MatchingViews.PairSaved;
import com.upward.matching.MatchingViews.Suggestion;
import com.upward.program.Cadence;
import com.upward.program.CohortStatus;
import com.upward.program.Enrollment;
import com.upward.program.EnrollmentSide;
import com.upward.program.EnrollmentStatus;
import com.upward.program.ProgramTestData;
import com.upward.testsupport.Fixtures;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a pair change does beyond the pair itself: both people are told in the app, check-ins follow the mentee to
 * the new pair, a pair made in a running cohort gets its check-ins, closed cohorts refuse changes, settings are
 * audited.
 */
@SpringBootTest
@Tag("db")
@Transactional
@WithUserDetails("hr")
class PairChangesTest {

    @Autowired
    MatchingService matching;
    @Autowired
    ProgramTestData data;
    @Autowired
    EntityManager em;
    @Autowired
    JdbcTemplate jdbc;

    long cohort;
    Enrollment mentorA;
    Enrollment mentorB;
    Enrollment mentee;

    /** Two mentors and a mentee, all with user accounts, in an enrolling cohort. */
    void fixture() {
        cohort = data.enrollingCohort();
        mentorA = data.enrollment(cohort, withAccount(data.employee("Finance", 6)), EnrollmentSide.MENTOR,
                EnrollmentStatus.ACCEPTED);
        mentorB = data.enrollment(cohort, withAccount(data.employee("Legal", 6)), EnrollmentSide.MENTOR,
                EnrollmentStatus.ACCEPTED);
        mentee = data.enrollment(cohort, withAccount(data.employee("Sales", 3)), EnrollmentSide.MENTEE,
                EnrollmentStatus.ACCEPTED);
        em.flush();
    }

    Employee withAccount(Employee employee) {
        em.persist(Fixtures.newUser(employee));
        return employee;
    }

    List<String> notificationsOf(Enrollment enrollment) {
        em.flush();
        return jdbc.queryForList("""
                select concat(n.type, ': ', n.title) from notification n join app_user u on u.id = n.recipient_id
                join enrollment e on e.employee_id = u.employee_id where e.id = ? order by n.id""", String.class,
                enrollment.getId());
    }

    static String name(Enrollment enrollment) {
        return enrollment.getEmployee().getFirstName() + " " + enrollment.getEmployee().getLastName();
    }

    @Test
    void anAssignmentTellsBothPeopleButNotTheReason() {
        fixture();
        matching.assign(cohort, mentorA.getId(), mentee.getId(), "Confidential: asked by their manager");

        assertThat(notificationsOf(mentee)).containsExactly("PAIR_ASSIGNED: Your mentor: " + name(mentorA));
        assertThat(notificationsOf(mentorA)).containsExactly("PAIR_ASSIGNED: New mentee: " + name(mentee));
        assertThat(notificationsOf(mentorB)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from notification where body like '%Confidential%'",
                Long.class)).isZero();
    }

    @Test
    void aRematchTellsTheMenteeTheNewMentorAndTheOldOne() {
        fixture();
        PairSaved first = matching.assign(cohort, mentorA.getId(), mentee.getId(), null);
        matching.rematch(first.assignmentId(), mentorB.getId(), "Wants a legal view");

        assertThat(notificationsOf(mentee)).containsExactly("PAIR_ASSIGNED: Your mentor: " + name(mentorA),
                "PAIR_ASSIGNED: Your new mentor: " + name(mentorB));
        assertThat(notificationsOf(mentorB)).containsExactly("PAIR_ASSIGNED: New mentee: " + name(mentee));
        assertThat(notificationsOf(mentorA)).containsExactly("PAIR_ASSIGNED: New mentee: " + name(mentee),
                "PAIR_ENDED: Pair ended: " + name(mentee));
    }

    @Test
    void endingAPairTellsBoth() {
        fixture();
        PairSaved pair = matching.assign(cohort, mentorA.getId(), mentee.getId(), null);
        matching.unassign(pair.assignmentId(), "Left the company");

        assertThat(notificationsOf(mentee)).last().isEqualTo("PAIR_ENDED: Pair ended: " + name(mentorA));
        assertThat(notificationsOf(mentorA)).last().isEqualTo("PAIR_ENDED: Pair ended: " + name(mentee));
    }

    @Test
    void rematchSuggestionsLeaveOutTheCurrentMentorAndCountTheFreedPlace() {
        fixture();
        PairSaved pair = matching.assign(cohort, mentorA.getId(), mentee.getId(), null);

        List<Suggestion> options = matching.rematchSuggestions(pair.assignmentId());

        assertThat(options).extracting(Suggestion::mentorEnrollmentId).containsExactly(mentorB.getId());
        assertThat(options.getFirst().mentorLoad()).isZero();
    }

    @Test
    void aPairMadeInARunningCohortGetsCheckInsFromItsStartOnAndARematchMovesTheOpenOnes() {
        LocalDate today = data.today();
        cohort = data.cohort(data.program(), today.minusDays(60), today.minusDays(30), today.minusDays(21),
                today.plusDays(63), Cadence.WEEKLY);
        data.status(cohort, CohortStatus.ACTIVE);
        mentorA = data.enrollment(cohort, data.employee("Finance", 6), EnrollmentSide.MENTOR, EnrollmentStatus.ACCEPTED);
        mentorB = data.enrollment(cohort, data.employee("Legal", 6), EnrollmentSide.MENTOR, EnrollmentStatus.ACCEPTED);
        mentee = data.enrollment(cohort, data.employee("Sales", 3), EnrollmentSide.MENTEE, EnrollmentStatus.ACCEPTED);
        em.flush();

        PairSaved first = matching.assign(cohort, mentorA.getId(), mentee.getId(), null);
        em.flush();
        // 12 weekly periods; the pair starts today, in period 4, so periods 1-3 are not owed
        List<LocalDate> due = jdbc.queryForList("select due_on from check_in where enrollment_id = ? order by due_on",
                LocalDate.class, mentee.getId());
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

    @Test
    void aClosedCohortRefusesEveryChange() {
        fixture();
        PairSaved pair = matching.assign(cohort, mentorA.getId(), mentee.getId(), null);
        data.status(cohort, CohortStatus.COMPLETED);
        String refusal = "Pairs can only change while the cohort is enrolling or active; this one is completed.";

        assertThatThrownBy(() -> matching.rematch(pair.assignmentId(), mentorB.getId(), "late"))
                .isInstanceOf(BusinessRuleException.class).hasMessage(refusal);
        assertThatThrownBy(() -> matching.unassign(pair.assignmentId(), "late"))
                .isInstanceOf(BusinessRuleException.class).hasMessage(refusal);
        assertThatThrownBy(() -> matching.saveSettings(cohort, Map.of(), true))
                .isInstanceOf(BusinessRuleException.class).hasMessage(refusal);
        assertThatThrownBy(() -> matching.acceptAutoMatch(cohort, List.of()))
                .isInstanceOf(BusinessRuleException.class).hasMessage(refusal);
        em.flush();
        assertThat(jdbc.queryForObject("select status from mentor_assignment where id = ?", String.class,
                pair.assignmentId())).isEqualTo("ACTIVE");
    }

    @Test
    void savingTheSettingsIsAudited() {
        fixture();
        matching.saveSettings(cohort, Map.of(MatchCriterion.FOCUS_AREAS, 50), true);
        em.flush();

        assertThat(jdbc.queryForObject("select details from audit_event where entity_type = 'Cohort' and entity_id = ?"
                + " and details like 'Matching weights%'", String.class, cohort))
                .isEqualTo("Matching weights: Focus areas vs skills 50, Cross-department 10, Level gap 20, "
                        + "Shared language 15, Time-zone distance 15, Stated preference 10; "
                        + "exclude pairs from earlier cohorts: yes");
        assertThat(jdbc.queryForObject("select exclude_previous_pairs from cohort where id = ?", Boolean.class,
                cohort)).isTrue();
    }
}
