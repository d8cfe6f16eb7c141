package com.upward.program;

import com.upward.program.internal.ApplicationDetails;
import com.upward.program.internal.ApplicationForm;
import com.upward.program.internal.ApplicationService;
import com.upward.program.internal.EnrollmentService;
import com.upward.program.internal.MentorChoice;
import com.upward.program.internal.OpenCohort;
import com.upward.security.UserPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Set;

import static com.upward.program.ProgramServiceTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The employee's side: open cohorts, applying, editing until accepted, withdrawing; always as themselves. */
@SpringBootTest
@Tag("db")
@Transactional
@WithUserDetails("hr")
class ApplicationServiceTest {

    private static final ApplicationForm ANSWERS = new ApplicationForm(Set.of("feedback", " public speaking "),
            "I want to learn to give hard feedback.", "Tuesday afternoons", "German or English", null,
            LocationPreference.OTHER);

    @Autowired
    ApplicationService applications;
    @Autowired
    EnrollmentService enrollment;
    @Autowired
    ProgramTestData data;
    @Autowired
    JdbcTemplate jdbc;

    long open;

    @BeforeEach
    void anEnrollingCohort() {
        data.signIn("hr");
        open = data.enrollingCohort();
    }

    @Test
    void employeesSeeCohortsWhoseWindowIsOpen() {
        LocalDate today = data.today();
        long draft = data.draftCohort();
        long closed = data.cohort(data.program(), today.minusDays(20), today.minusDays(1), today.plusDays(3),
                today.plusDays(100), Cadence.MONTHLY);
        data.status(closed, CohortStatus.ENROLLING);
        data.signIn("mentee2");

        assertThat(applications.openCohorts()).extracting(OpenCohort::cohortId)
                .contains(open).doesNotContain(draft, closed);
        assertThat(applications.openCohorts()).filteredOn(c -> c.cohortId() == open).singleElement()
                .satisfies(c -> assertThat(c.applied()).isFalse());
    }

    @Test
    void applyAsMenteeAndSeeItInMyApplications() {
        UserPrincipal me = data.signIn("mentee2");
        long id = applications.apply(open, EnrollmentSide.MENTEE, ANSWERS);

        var row = jdbc.queryForMap("select employee_id, side, status, invited, motivation, availability,"
                + " language_preference, location_preference from enrollment where id = ?", id);
        assertThat(((Number) row.get("employee_id")).longValue()).isEqualTo(me.employeeId());
        assertThat(row).containsEntry("side", "MENTEE").containsEntry("status", "APPLIED")
                .containsEntry("invited", false).containsEntry("availability", "Tuesday afternoons")
                .containsEntry("language_preference", "German or English").containsEntry("location_preference", "OTHER");
        assertThat(jdbc.queryForList("select topic from enrollment_topic where enrollment_id = ? order by topic",
                String.class, id)).containsExactly("feedback", "public speaking");
        assertThat(applications.myApplications()).filteredOn(a -> a.cohortId() == open).singleElement()
                .satisfies(a -> {
                    assertThat(a.status()).isEqualTo(EnrollmentStatus.APPLIED);
                    assertThat(a.editable()).isTrue();
                    assertThat(a.withdrawable()).isTrue();
                });
        assertThat(applications.openCohorts()).filteredOn(c -> c.cohortId() == open).singleElement()
                .extracting(OpenCohort::myStatus).isEqualTo(EnrollmentStatus.APPLIED);
    }

    @Test
    void oneApplicationPerCohortAndNotOnBothSides() {
        data.signIn("mentee2");
        applications.apply(open, EnrollmentSide.MENTEE, ANSWERS);
        assertRefused(() -> applications.apply(open, EnrollmentSide.MENTOR, ANSWERS), null,
                "You are already a mentee in this cohort and cannot also be a mentor.");
        assertRefused(() -> applications.apply(open, EnrollmentSide.MENTEE, ANSWERS), null,
                "You have already applied to this cohort; edit your application instead.");
    }

    @Test
    void noApplicationOutsideTheWindowAndNoOverrideForEmployees() {
        LocalDate today = data.today();
        long closed = data.cohort(data.program(), today.minusDays(20), today.minusDays(1), today.plusDays(3),
                today.plusDays(100), Cadence.MONTHLY);
        data.status(closed, CohortStatus.ENROLLING);
        long draft = data.draftCohort();
        data.signIn("mentee2");
        assertRefused(() -> applications.apply(closed, EnrollmentSide.MENTEE, ANSWERS), null,
                "This cohort is not taking applications.");
        assertRefused(() -> applications.apply(draft, EnrollmentSide.MENTEE, ANSWERS), null,
                "This cohort is not taking applications.");
    }

    @Test
    void theAnswersAreValidatedBesideTheirFields() {
        data.signIn("mentee2");
        assertRefused(() -> applications.apply(open, EnrollmentSide.MENTEE, new ApplicationForm(Set.of(" "),
                "x", null, null, null, null)), "topics", "Add at least one focus area.");
        assertRefused(() -> applications.apply(open, EnrollmentSide.MENTOR, new ApplicationForm(Set.of(),
                "x", null, null, null, null)), "topics", "Add at least one skill you can offer.");
        assertRefused(() -> applications.apply(open, EnrollmentSide.MENTEE, new ApplicationForm(Set.of("t".repeat(81)),
                "x", null, null, null, null)), "topics", "Keep each one under 80 characters.");
        assertRefused(() -> applications.apply(open, EnrollmentSide.MENTEE, new ApplicationForm(Set.of("a"),
                "  ", null, null, null, null)), "motivation", "Say what you want to learn.");
        assertRefused(() -> applications.apply(open, EnrollmentSide.MENTEE, new ApplicationForm(Set.of("a"),
                "m", "a".repeat(201), null, null, null)), "availability", "Use at most 200 characters.");
        assertRefused(() -> applications.apply(open, EnrollmentSide.MENTEE, new ApplicationForm(Set.of("a"),
                "m", null, null, data.employee().getId(), null)), "preferredMentor",
                "Choose one of this cohort's mentors.");
    }

    @Test
    void aPreferredMentorIsOneOfTheCohortsMentors() {
        Enrollment accepted = data.enrollment(open, EnrollmentSide.MENTOR, EnrollmentStatus.ACCEPTED);
        data.enrollment(open, EnrollmentSide.MENTOR, EnrollmentStatus.DECLINED);
        data.signIn("mentee2");

        assertThat(applications.mentorChoices(open, "", PageRequest.of(0, 10))).extracting(MentorChoice::employeeId)
                .containsExactly(accepted.getEmployee().getId());
        long id = applications.apply(open, EnrollmentSide.MENTEE, new ApplicationForm(Set.of("a"), "m", null, null,
                accepted.getEmployee().getId(), LocationPreference.SAME));
        assertThat(applications.myApplication(open).orElseThrow().preferredMentor().employeeId())
                .isEqualTo(accepted.getEmployee().getId());
        assertThat(id).isPositive();
    }

    @Test
    void editableUntilAcceptedThenNot() {
        // not mentee2, who is a mentee in a running cohort already: the program would refuse them (issue 24)
        data.signIn("exec");
        long id = applications.apply(open, EnrollmentSide.MENTEE, ANSWERS);
        applications.updateApplication(id, 0, new ApplicationForm(Set.of("resilience"), "Changed my mind.", null,
                null, null, null));
        ApplicationDetails mine = applications.myApplication(open).orElseThrow();
        assertThat(mine.topics()).containsExactly("resilience");
        assertThat(mine.motivation()).isEqualTo("Changed my mind.");
        assertThat(mine.locationPreference()).isEqualTo(LocationPreference.ANY);

        data.signIn("hr");
        enrollment.accept(id, mine.version());
        data.signIn("exec");
        long version = applications.myApplication(open).orElseThrow().version();
        assertRefused(() -> applications.updateApplication(id, version, ANSWERS), null,
                "Your application has been accepted and can no longer be changed. Ask HR if something changed.");
        assertThat(applications.myApplication(open).orElseThrow().editable()).isFalse();
    }

    @Test
    void onlyTheirOwnApplication() {
        data.signIn("mentee3");
        long theirs = applications.apply(open, EnrollmentSide.MENTEE, ANSWERS);
        data.signIn("mentee2");

        assertThatThrownBy(() -> applications.updateApplication(theirs, 0, ANSWERS))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> applications.withdrawApplication(theirs, 0))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(applications.myApplication(open)).isEmpty();
    }

    @Test
    void anInvitedEmployeeCompletesTheirApplication() {
        long employeeId = data.signIn("mentee2").employeeId();
        data.signIn("hr");
        long id = enrollment.invite(open, employeeId, EnrollmentSide.MENTOR, false);
        data.signIn("mentee2");

        ApplicationDetails invited = applications.myApplication(open).orElseThrow();
        assertThat(invited.invited()).isTrue();
        assertThat(invited.side()).isEqualTo(EnrollmentSide.MENTOR);
        assertThat(invited.motivation()).isNull();
        assertThat(invited.editable()).isTrue();
        assertThat(invited.employeeLanguages()).isNotEmpty();

        applications.updateApplication(id, invited.version(), new ApplicationForm(Set.of("system design"),
                "I can teach design reviews.", null, null, 12345L, null));
        ApplicationDetails completed = applications.myApplication(open).orElseThrow();
        assertThat(completed.motivation()).isEqualTo("I can teach design reviews.");
        assertThat(completed.preferredMentor()).as("mentors name no preferred mentor").isNull();
    }

    @Test
    void withdrawWithConfirmationAndApplyAgain() {
        data.signIn("mentee2");
        long id = applications.apply(open, EnrollmentSide.MENTEE, ANSWERS);
        applications.withdrawApplication(id, 0);
        assertThat(applications.myApplication(open).orElseThrow().status()).isEqualTo(EnrollmentStatus.WITHDRAWN);
        assertRefused(() -> applications.withdrawApplication(id, 1), null, "This application is already withdrawn.");

        assertThat(applications.apply(open, EnrollmentSide.MENTOR, ANSWERS)).isEqualTo(id);
        ApplicationDetails again = applications.myApplication(open).orElseThrow();
        assertThat(again.status()).isEqualTo(EnrollmentStatus.APPLIED);
        assertThat(again.side()).isEqualTo(EnrollmentSide.MENTOR);
    }

    @Test
    void noWithdrawalOnceTheCohortHasStarted() {
        data.signIn("mentee2");
        long id = applications.apply(open, EnrollmentSide.MENTEE, ANSWERS);
        data.signIn("hr");
        data.status(open, CohortStatus.ACTIVE);
        data.signIn("mentee2");
        assertRefused(() -> applications.withdrawApplication(id, 0), null,
                "The cohort has started; ask HR if you need to leave it.");
    }

    @Test
    void accountsWithoutTheEmployeeRoleCannotApply() {
        data.signIn("admin");
        assertThatThrownBy(() -> applications.openCohorts()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> applications.apply(open, EnrollmentSide.MENTEE, ANSWERS))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
