package com.upward.program;

import com.upward.directory.Employee;
import com.upward.matching.AssignmentStatus;
import com.upward.matching.MentorAssignment;
import com.upward.program.internal.Capacity;
import com.upward.program.internal.EmployeeChoice;
import com.upward.program.internal.EnrollmentService;
import com.upward.program.internal.InviteFilter;
import com.upward.program.internal.ParticipantRow;
import com.upward.program.internal.ProgramService;
import com.upward.testsupport.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

import static com.upward.program.ProgramServiceTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** HR's side of enrollment: invitations one by one and in bulk, decisions, withdrawals, and the rules behind them. */
@SpringBootTest
@Tag("db")
@Transactional
@WithUserDetails("hr")
class EnrollmentServiceTest {

    @Autowired
    EnrollmentService enrollment;
    @Autowired
    ProgramService programs;
    @Autowired
    ProgramTestData data;
    @Autowired
    JdbcTemplate jdbc;

    LocalDate today;

    @BeforeEach
    void today() {
        today = data.today();
    }

    @Test
    void anInvitationIsAnAppliedEnrollmentMarkedInvited() {
        long cohort = data.enrollingCohort();
        Employee person = data.employee();

        long id = enrollment.invite(cohort, person.getId(), EnrollmentSide.MENTOR, false);

        var row = jdbc.queryForMap("select side, status, invited, window_override, decided_at from enrollment"
                + " where id = ?", id);
        assertThat(row.get("side")).isEqualTo("MENTOR");
        assertThat(row.get("status")).isEqualTo("APPLIED");
        assertThat(row.get("invited")).isEqualTo(true);
        assertThat(row.get("window_override")).isEqualTo(false);
        assertThat(row.get("decided_at")).isNull();
    }

    @Test
    void onePersonOneEnrollmentPerCohortAndNeverBothSides() {
        long cohort = data.enrollingCohort();
        Employee person = data.employee();
        enrollment.invite(cohort, person.getId(), EnrollmentSide.MENTEE, false);

        assertRefused(() -> enrollment.invite(cohort, person.getId(), EnrollmentSide.MENTOR, false), "employee",
                person.getFullName() + " is already a mentee in this cohort and cannot also be a mentor.");
        assertRefused(() -> enrollment.invite(cohort, person.getId(), EnrollmentSide.MENTEE, false), "employee",
                person.getFullName() + " is already enrolled in this cohort as a mentee (applied).");
    }

    @Test
    void outsideTheWindowOnlyWithTheOverrideWhichIsRecorded() {
        long cohort = data.cohort(data.program(), today.minusDays(30), today.minusDays(2), today.plusDays(5),
                today.plusDays(100), Cadence.MONTHLY);
        Employee person = data.employee();

        assertThatThrownBy(() -> enrollment.invite(cohort, person.getId(), EnrollmentSide.MENTEE, false))
                .isInstanceOfSatisfying(com.upward.base.BusinessRuleException.class, e -> {
                    assertThat(e.getField()).isEqualTo("overrideWindow");
                    assertThat(e.getMessage()).startsWith("Enrollment is open from ")
                            .endsWith(". To enroll people outside the window, choose to override it.");
                });

        long id = enrollment.invite(cohort, person.getId(), EnrollmentSide.MENTEE, true);
        assertThat(jdbc.queryForObject("select window_override from enrollment where id = ?", Boolean.class, id))
                .isTrue();
        // HR's reason, and the field-level CREATE row of the domain audit with the flag
        assertThat(jdbc.queryForList("select details from audit_event where entity_type = 'Enrollment'"
                + " and entity_id = ? and actor = 'hr'", String.class, id))
                .contains("Enrolled outside the enrollment window (HR override)")
                .anyMatch(details -> details.contains("window override: yes")).hasSize(2);

        // inside the window, the override is not needed and not recorded
        long open = data.enrollingCohort();
        long inside = enrollment.invite(open, data.employee().getId(), EnrollmentSide.MENTEE, true);
        assertThat(jdbc.queryForObject("select window_override from enrollment where id = ?", Boolean.class, inside))
                .isFalse();
    }

    @Test
    void nobodyJoinsACompletedCohortEvenWithTheOverride() {
        long cohort = data.enrollingCohort();
        data.status(cohort, CohortStatus.COMPLETED);
        assertRefused(() -> enrollment.invite(cohort, data.employee().getId(), EnrollmentSide.MENTEE, true), null,
                "The cohort is completed; its enrollments can no longer change.");
    }

    @Test
    void bulkInvitationCountsFirstAndSkipsPeopleAlreadyEnrolled() {
        long cohort = data.enrollingCohort();
        String department = Fixtures.unique("Engineering");
        Employee level5 = data.employee(department, 5);
        Employee level6 = data.employee(department, 6);
        Employee level7 = data.employee(department, 7);
        Employee level9 = data.employee(department, 9);
        data.employee(department, 8).setActive(false);
        data.employee("Sales", 8);
        enrollment.invite(cohort, level9.getId(), EnrollmentSide.MENTEE, false);
        InviteFilter seniors = new InviteFilter(department, null, 6, null);

        assertThat(enrollment.countInvitable(cohort, seniors)).isEqualTo(2);
        assertThat(enrollment.inviteAll(cohort, seniors, EnrollmentSide.MENTOR, false)).isEqualTo(2);
        assertThat(enrollment.countInvitable(cohort, seniors)).isZero();
        assertThat(enrollment.inviteAll(cohort, seniors, EnrollmentSide.MENTOR, false)).isZero();

        assertThat(jdbc.queryForList("select employee_id from enrollment where cohort_id = ? and side = 'MENTOR'"
                + " and invited = true and status = 'APPLIED' order by employee_id", Long.class, cohort))
                .containsExactly(level6.getId(), level7.getId());
        assertThat(enrollment.countInvitable(cohort, new InviteFilter(department, null, 4, 5))).isEqualTo(1);
        assertThat(level5.getId()).isNotNull();
    }

    @Test
    void bulkInvitationNeedsACriterionAndSaneLevels() {
        long cohort = data.enrollingCohort();
        assertRefused(() -> enrollment.countInvitable(cohort, new InviteFilter(" ", null, null, null)), null,
                "Choose at least one criterion: department, location or level.");
        assertRefused(() -> enrollment.countInvitable(cohort, new InviteFilter(null, null, 7, 6)), "maxLevel",
                "The highest level cannot be below the lowest.");
        assertRefused(() -> enrollment.inviteAll(cohort, new InviteFilter(null, null, 0, null), EnrollmentSide.MENTOR,
                false), "minLevel", "Levels go from 1 to 10.");
    }

    @Test
    void bulkInvitationOutsideTheWindowNeedsTheOverride() {
        long cohort = data.cohort(data.program(), today.plusDays(3), today.plusDays(10), today.plusDays(20),
                today.plusDays(120), Cadence.BIWEEKLY);
        String department = Fixtures.unique("Ops");
        data.employee(department, 6);
        InviteFilter filter = new InviteFilter(department, null, null, null);

        assertRefused(() -> enrollment.inviteAll(cohort, filter, EnrollmentSide.MENTOR, false), "overrideWindow",
                "Enrollment is open from " + day(today.plusDays(3)) + " to " + day(today.plusDays(10))
                        + ". To enroll people outside the window, choose to override it.");
        assertThat(enrollment.inviteAll(cohort, filter, EnrollmentSide.MENTOR, true)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from enrollment where cohort_id = ? and window_override = true",
                Long.class, cohort)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'Cohort'"
                + " and entity_id = ? and details like 'Invited %'", Long.class, cohort)).isEqualTo(1);
    }

    @Test
    void acceptWaitlistAndDeclineApplications() {
        long cohort = data.enrollingCohort();
        Enrollment a = data.enrollment(cohort, EnrollmentSide.MENTEE, EnrollmentStatus.APPLIED);
        Enrollment b = data.enrollment(cohort, EnrollmentSide.MENTEE, EnrollmentStatus.APPLIED);
        Enrollment c = data.enrollment(cohort, EnrollmentSide.MENTEE, EnrollmentStatus.APPLIED);
        data.flushAndClear();

        enrollment.accept(a.getId(), 0);
        enrollment.waitlist(b.getId(), 0);
        enrollment.decline(c.getId(), 0);
        assertThat(status(a)).isEqualTo("ACCEPTED");
        assertThat(status(b)).isEqualTo("WAITLISTED");
        assertThat(status(c)).isEqualTo("DECLINED");
        assertThat(jdbc.queryForObject("select u.username from enrollment e join app_user u on u.id = e.decided_by_id"
                + " where e.id = ?", String.class, a.getId())).isEqualTo("hr");

        enrollment.accept(b.getId(), 1);
        assertThat(status(b)).isEqualTo("ACCEPTED");
        assertRefused(() -> enrollment.accept(c.getId(), 1), null,
                "Only applied or waitlisted applications can be accepted; this one is declined.");
        assertRefused(() -> enrollment.waitlist(a.getId(), 1), null,
                "Only new applications can be put on the waitlist; this one is accepted.");
        assertRefused(() -> enrollment.decline(a.getId(), 0), null,
                "Someone else changed this record; reload and try again.");
    }

    /** Issue 24: HR accepted invited people who had not answered, and matching scored them on no focus areas. */
    @Test
    void someoneWhoHasNotAnsweredIsAcceptedOnlyWhenHrSaysSo() {
        long cohort = data.enrollingCohort();
        Employee person = data.employee();
        long invited = enrollment.invite(cohort, person.getId(), EnrollmentSide.MENTEE, false);
        data.flushAndClear();

        assertRefused(() -> enrollment.accept(invited, 0), EnrollmentService.NO_ANSWERS, person.getFullName()
                + " has not answered the application yet, so matching has no focus areas to go by. Accept without "
                + "answers, or wait for their answers.");
        data.flushAndClear();
        assertThat(jdbc.queryForObject("select status from enrollment where id = ?", String.class, invited))
                .isEqualTo("APPLIED");

        enrollment.accept(invited, 0, true);
        assertThat(jdbc.queryForObject("select status from enrollment where id = ?", String.class, invited))
                .isEqualTo("ACCEPTED");
    }

    /** Issue 24: one employee became a mentee in three running cohorts at once. */
    @Test
    void aMenteeInARunningCohortIsNotAcceptedIntoAnotherUnlessTheProgramAllowsIt() {
        long first = data.enrollingCohort();
        long second = data.enrollingCohort();
        Employee person = data.employee();
        data.enrollment(first, person, EnrollmentSide.MENTEE, EnrollmentStatus.ACCEPTED);
        Enrollment applied = data.enrollment(second, person, EnrollmentSide.MENTEE, EnrollmentStatus.APPLIED);
        data.flushAndClear();
        String firstName = jdbc.queryForObject("select name from cohort where id = ?", String.class, first);

        assertRefused(() -> enrollment.accept(applied.getId(), 0), null, person.getFullName()
                + " is already a mentee in " + firstName + ", which is running. This program lets a mentee take "
                + "part in one running cohort at a time.");

        long program = jdbc.queryForObject("select program_id from cohort where id = ?", Long.class, second);
        programs.setParticipationRules(program, programs.program(program).orElseThrow().version(), false, true);
        data.flushAndClear();
        enrollment.accept(applied.getId(), 0);
        assertThat(status(applied)).isEqualTo("ACCEPTED");
    }

    /** Issue 24: accepting 13 applicants took 13 clicks. All or nothing, and the refusal names who and why. */
    @Test
    void severalAreDecidedAtOnceOrNoneIs() {
        long cohort = data.enrollingCohort();
        Enrollment a = data.enrollment(cohort, EnrollmentSide.MENTEE, EnrollmentStatus.APPLIED);
        Enrollment b = data.enrollment(cohort, EnrollmentSide.MENTEE, EnrollmentStatus.APPLIED);
        Enrollment declined = data.enrollment(cohort, EnrollmentSide.MENTEE, EnrollmentStatus.DECLINED);
        data.flushAndClear();
        Enrollment c = data.enrollment(cohort, EnrollmentSide.MENTEE, EnrollmentStatus.APPLIED);
        data.flushAndClear();
        var chosenBC = java.util.List.of(new EnrollmentService.Chosen(b.getId(), 0),
                new EnrollmentService.Chosen(c.getId(), 0));

        assertRefused(() -> enrollment.decideAll(cohort, java.util.List.of(new EnrollmentService.Chosen(a.getId(), 0),
                new EnrollmentService.Chosen(declined.getId(), 0)), EnrollmentStatus.ACCEPTED, false), null,
                "Nothing was changed. " + declined.getEmployee().getFullName() + ": Only applied or waitlisted "
                        + "applications can be accepted; this one is declined.");
        // that nothing changed is BulkDecisionRollbackTest's: here the test's own transaction holds the writes
        data.flushAndClear();

        assertThat(enrollment.decideAll(cohort, chosenBC, EnrollmentStatus.ACCEPTED, false)).isEqualTo(2);
        assertThat(status(b)).isEqualTo("ACCEPTED");
        assertThat(status(c)).isEqualTo("ACCEPTED");
        assertRefused(() -> enrollment.decideAll(cohort, java.util.List.of(), EnrollmentStatus.ACCEPTED, false), null,
                "Select at least one person.");
    }

    @Test
    void capacityIsAcceptedMentorsTimesTheMaximumAgainstAcceptedMentees() {
        long cohort = data.enrollingCohort();
        data.enrollment(cohort, EnrollmentSide.MENTOR, EnrollmentStatus.ACCEPTED);
        data.enrollment(cohort, EnrollmentSide.MENTOR, EnrollmentStatus.ACCEPTED);
        data.enrollment(cohort, EnrollmentSide.MENTOR, EnrollmentStatus.APPLIED);
        for (int i = 0; i < 4; i++) {
            data.enrollment(cohort, EnrollmentSide.MENTEE, EnrollmentStatus.ACCEPTED);
        }
        data.enrollment(cohort, EnrollmentSide.MENTEE, EnrollmentStatus.APPLIED);
        data.enrollment(cohort, EnrollmentSide.MENTEE, EnrollmentStatus.WAITLISTED);
        data.flushAndClear();

        Capacity capacity = enrollment.capacity(cohort);
        assertThat(capacity).isEqualTo(new Capacity(2, 3, 4, 1, 1, 1));
        assertThat(capacity.places()).isEqualTo(6);
        assertThat(capacity.free()).isEqualTo(2);
    }

    @Test
    void withdrawingNeedsAReasonAndEndsTheirPair() {
        long cohort = data.enrollingCohort();
        Enrollment mentee = data.enrollment(cohort, EnrollmentSide.MENTEE, EnrollmentStatus.ACCEPTED);
        MentorAssignment pair = data.pair(data.enrollment(cohort, EnrollmentSide.MENTOR, EnrollmentStatus.ACCEPTED),
                mentee, AssignmentStatus.ACTIVE);
        data.flushAndClear();

        assertRefused(() -> enrollment.withdraw(mentee.getId(), 0, "  "), "reason", "Say why they are withdrawn.");
        assertRefused(() -> enrollment.withdraw(mentee.getId(), 0, "x".repeat(501)), "reason",
                "Use at most 500 characters.");
        enrollment.withdraw(mentee.getId(), 0, "Moved to another country");
        data.flushAndClear();

        assertThat(jdbc.queryForMap("select status, withdrawal_reason from enrollment where id = ?", mentee.getId()))
                .containsEntry("STATUS", "WITHDRAWN").containsEntry("WITHDRAWAL_REASON", "Moved to another country");
        assertThat(jdbc.queryForMap("select status, end_reason from mentor_assignment where id = ?", pair.getId()))
                .containsEntry("STATUS", "ENDED").containsEntry("END_REASON", "Withdrawn: Moved to another country");
        assertRefused(() -> enrollment.withdraw(mentee.getId(), 1, "Again"), null,
                "Only applied, waitlisted or accepted people can be withdrawn; this one is withdrawn.");
    }

    @Test
    void participantsAreFilteredAndSortedInTheDatabase() {
        long cohort = data.enrollingCohort();
        Enrollment mentor = data.enrollment(cohort, EnrollmentSide.MENTOR, EnrollmentStatus.ACCEPTED);
        Enrollment mentee = data.enrollment(cohort, EnrollmentSide.MENTEE, EnrollmentStatus.ACCEPTED);
        data.enrollment(cohort, EnrollmentSide.MENTEE, EnrollmentStatus.APPLIED);
        data.pair(mentor, mentee, AssignmentStatus.ACTIVE);
        data.flushAndClear();

        var all = enrollment.participants(cohort, null, null, "", PageRequest.of(0, 10, Sort.by("emp.lastName")));
        assertThat(all.getTotalElements()).isEqualTo(3);
        var mentors = enrollment.participants(cohort, EnrollmentSide.MENTOR, null, null, PageRequest.of(0, 10));
        assertThat(mentors.getContent()).singleElement().satisfies(row -> {
            assertThat(row.enrollmentId()).isEqualTo(mentor.getId());
            assertThat(row.activePairs()).isEqualTo(1);
            assertThat(row.applicationComplete()).isTrue();
        });
        assertThat(enrollment.participants(cohort, EnrollmentSide.MENTEE, EnrollmentStatus.APPLIED,
                null, PageRequest.of(0, 10)).getTotalElements()).isEqualTo(1);
        assertThat(enrollment.participants(cohort, null, null, mentee.getEmployee().getLastName().toUpperCase(),
                PageRequest.of(0, 10)).getContent()).extracting(ParticipantRow::enrollmentId)
                .containsExactly(mentee.getId());
    }

    @Test
    void inviteBoxListsActiveEmployeesByName() {
        Employee person = data.employee();
        assertThat(enrollment.findEmployees(person.getLastName().substring(7), PageRequest.of(0, 5)))
                .extracting(EmployeeChoice::id).containsExactly(person.getId());
        assertThat(enrollment.departments()).contains("Engineering");
        assertThat(enrollment.locations()).contains("Berlin");
    }

    @Test
    @WithUserDetails("exec")
    void executivesCannotEnrollPeople() {
        assertThatThrownBy(() -> enrollment.invite(1, 1, EnrollmentSide.MENTEE, false))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> enrollment.participants(1, null, null, "", PageRequest.of(0, 5)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithUserDetails("mentee")
    void employeesCannotDecideApplications() {
        assertThatThrownBy(() -> enrollment.accept(1, 0)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> enrollment.inviteAll(1, new InviteFilter("Engineering", null, 6, null),
                EnrollmentSide.MENTOR, false)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> enrollment.withdraw(1, 0, "x")).isInstanceOf(AuthorizationDeniedException.class);
    }

    private String status(Enrollment e) {
        return jdbc.queryForObject("select status from enrollment where id = ?", String.class, e.getId());
    }

    private static String day(LocalDate date) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH).format(date);
    }
}
