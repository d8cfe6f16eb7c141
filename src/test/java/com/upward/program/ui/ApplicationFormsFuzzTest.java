package com.upward.program.ui;

import com.upward.matching.AssignmentStatus;
import com.upward.program.internal.EnrollmentService;
import com.upward.program.EnrollmentSide;
import com.upward.program.EnrollmentStatus;
import com.upward.program.internal.ParticipantRow;
import com.upward.program.ProgramTestData;
import com.upward.testsupport.FormFuzz;
import com.upward.testsupport.HostileInput;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile values in an employee's application and in HR's withdrawal reason (rolled back): refused beside the
 * field, or stored cleaned; a withdrawal's reason also ends the pair, within the pair's own limit.
 */
@SpringBootTest
@ViewPackages(packages = "com.upward")
@Transactional
@Tag("db")
class ApplicationFormsFuzzTest extends SpringBrowserlessTest {

    @Autowired
    ProgramTestData data;
    @Autowired
    EnrollmentService enrollments;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager em;

    final HostileInput input = new HostileInput(getClass().getSimpleName());

    @Test
    void applicationAnswersAreRefusedOrStoredAsText() {
        long self = data.signIn("mentee3").employeeId();
        long enrollment = jdbc.queryForObject("select e.id from enrollment e join cohort c on c.id = e.cohort_id"
                + " where c.status = 'ENROLLING' and e.employee_id = ?", Long.class, self);
        var tally = FormFuzz.run(UI.getCurrent(), input, input.values(30, 80, 200), List.of("motivation",
                "availability", "language_preference", "topic"), new FormFuzz.Form() {
            @Override
            public void submit(String field, String value) {
                OpenCohortsView view = navigate(OpenCohortsView.class);
                int row = view.mine.getListDataView().getItems().map(a -> a.cohortStatus().name()).toList()
                        .indexOf("ENROLLING");
                var actions = (HorizontalLayout) test(view.mine).getCellComponent(row, 5);
                test((Button) actions.getComponentAt(0)).click();
                ApplicationDialog dialog = $(ApplicationDialog.class).single();
                switch (field) {
                    case "motivation" -> test(dialog.motivation).setValue(value);
                    case "availability" -> test(dialog.availability).setValue(value);
                    case "language_preference" -> test(dialog.languagePreference).setValue(value);
                    default -> dialog.topics.setValue(Set.of(value));
                }
                test(dialog.save).click();
            }

            @Override
            public String stored(String field) {
                em.flush();
                if (field.equals("topic")) {
                    return String.join("|", jdbc.queryForList("select topic from enrollment_topic"
                            + " where enrollment_id = ? order by topic", String.class, enrollment));
                }
                return jdbc.queryForObject("select " + field + " from enrollment where id = ?", String.class,
                        enrollment);
            }

            @Override
            public void reset() {
                $(ApplicationDialog.class).all().forEach(ApplicationDialog::close);
            }
        }, (field, value) -> switch (field) {
            case "motivation" -> FormFuzz.requiredText(value);
            case "availability", "language_preference" -> FormFuzz.optionalLine(value);
            default -> FormFuzz.requiredLine(value);
        });
        assertThat(tally.stored()).isPositive();
        assertThat(tally.refused()).isPositive();
    }

    @Test
    void aWithdrawalReasonIsRefusedOrKeptAndEndsThePairWithinItsLimit() {
        data.signIn("hr");
        long cohort = data.enrollingCohort();
        long[] mentee = {paired(cohort)};
        var tally = FormFuzz.run(UI.getCurrent(), input, input.values(20, WithdrawDialog.REASON_MAX),
                List.of("withdrawal_reason"),
                new FormFuzz.Form() {
                    @Override
                    public void submit(String field, String value) {
                        navigate("cohorts/" + cohort, CohortView.class);
                        ParticipantRow row = enrollments.participants(cohort, EnrollmentSide.MENTEE, null, null,
                                Pageable.unpaged()).stream().filter(p -> p.enrollmentId() == mentee[0])
                                .findFirst().orElseThrow();
                        var dialog = new WithdrawDialog(enrollments, row, () -> { });
                        dialog.open();
                        roundTrip();
                        test(dialog.reason).setValue(value);
                        test(dialog.withdraw).click();
                    }

                    @Override
                    public String stored(String field) {
                        em.flush();
                        String reason = jdbc.queryForObject("select withdrawal_reason from enrollment where id = ?",
                                String.class, mentee[0]);
                        String ended = jdbc.queryForObject("select end_reason from mentor_assignment"
                                + " where mentee_enrollment_id = ?", String.class, mentee[0]);
                        if (reason != null) {
                            assertThat(ended).startsWith("Withdrawn: ").hasSizeLessThanOrEqualTo(500);
                        }
                        return reason;
                    }

                    @Override
                    public void reset() {
                        $(WithdrawDialog.class).all().forEach(WithdrawDialog::close);
                        mentee[0] = paired(cohort);
                    }
                }, (field, value) -> FormFuzz.requiredText(value));
        assertThat(tally.stored()).isPositive();
        assertThat(tally.refused()).isPositive();
    }

    /** A new accepted mentee with an active pair; returns the mentee's enrollment. */
    private long paired(long cohort) {
        var mentor = data.enrollment(cohort, EnrollmentSide.MENTOR, EnrollmentStatus.ACCEPTED);
        var mentee = data.enrollment(cohort, EnrollmentSide.MENTEE, EnrollmentStatus.ACCEPTED);
        data.pair(mentor, mentee, AssignmentStatus.ACTIVE);
        em.flush();
        return mentee.getId();
    }
}
