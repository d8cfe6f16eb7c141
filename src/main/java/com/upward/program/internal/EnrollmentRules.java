package com.upward.program.internal;

import com.upward.base.BusinessRuleException;
import com.upward.base.i18n.Text;
import com.upward.program.Cohort;
import com.upward.program.CohortStatus;
import com.upward.program.Enrollment;
import com.upward.program.EnrollmentSide;
import com.upward.program.EnrollmentStatus;
import java.time.LocalDate;

import static com.upward.program.EnrollmentStatus.ACCEPTED;
import static com.upward.program.EnrollmentStatus.APPLIED;
import static com.upward.program.EnrollmentStatus.WAITLISTED;

/** The enrollment rules both sides (HR and the applicant) are held to. */
final class EnrollmentRules {

    static final String OVERRIDE_FIELD = "overrideWindow";

    private EnrollmentRules() {
    }

    static boolean windowOpen(Cohort cohort, LocalDate today) {
        return !today.isBefore(cohort.getEnrollmentOpensOn()) && !today.isAfter(cohort.getEnrollmentClosesOn());
    }

    /**
     * Whether HR may enroll someone in the cohort today: never once it is completed, archived or cancelled; outside
     * the enrollment window only with the explicit override. Returns whether the override was needed.
     */
    static boolean checkHrEnrollment(Cohort cohort, LocalDate today, boolean override) {
        checkOpenForChanges(cohort);
        if (windowOpen(cohort, today)) {
            return false;
        }
        if (!override) {
            throw new BusinessRuleException(OVERRIDE_FIELD, "program.rule.outside-window",
                    cohort.getEnrollmentOpensOn(), cohort.getEnrollmentClosesOn());
        }
        return true;
    }

    /** Applicants apply only to an ENROLLING cohort within its window; there is no override for them. */
    static void checkOpenForApplications(Cohort cohort, LocalDate today) {
        if (cohort.getStatus() != CohortStatus.ENROLLING || !windowOpen(cohort, today)) {
            throw new BusinessRuleException(null, "program.rule.not-taking-applications");
        }
    }

    /** Enrollments of a completed, archived or cancelled cohort are history and stay as they are. */
    static void checkOpenForChanges(Cohort cohort) {
        CohortStatus status = cohort.getStatus();
        if (status == CohortStatus.COMPLETED || status == CohortStatus.ARCHIVED || status == CohortStatus.CANCELLED) {
            throw new BusinessRuleException(null, "program.rule.enrollments-fixed." + status.name());
        }
    }

    /** One enrollment per person and cohort, so nobody is a mentor and a mentee in the same cohort. */
    static Text alreadyEnrolled(String name, Enrollment existing, EnrollmentSide wanted) {
        if (existing.getSide() != wanted) {
            return Text.of("program.rule.enrolled-as-other-side", name, side(existing.getSide()), side(wanted));
        }
        return Text.of("program.rule.enrolled-already", name, side(existing.getSide()), state(existing.getStatus()));
    }

    /** The message when the unique constraint, not the check, caught a second enrollment (two people at once). */
    static Text concurrentEnrollment(String name) {
        return Text.of("program.rule.enrolled-meanwhile", name);
    }

    /** An enrollment's status as a sentence names it ("declined", "abgelehnt"). */
    static Text state(EnrollmentStatus status) {
        return Text.of("program.rule.enrollment-state." + status.name());
    }

    /** A side as a sentence names it ("mentor"). */
    static Text side(EnrollmentSide side) {
        return Text.of("program.rule.side." + side.name());
    }

    static boolean editableByApplicant(EnrollmentStatus status, CohortStatus cohortStatus) {
        return (status == APPLIED || status == WAITLISTED) && CohortService.isBeforeStart(cohortStatus);
    }

    static boolean withdrawableByApplicant(EnrollmentStatus status, CohortStatus cohortStatus) {
        return (status == APPLIED || status == WAITLISTED || status == ACCEPTED)
                && CohortService.isBeforeStart(cohortStatus);
    }
}
