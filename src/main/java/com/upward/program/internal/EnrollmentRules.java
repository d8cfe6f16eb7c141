package com.upward.program.internal;

import com.upward.base.BusinessRuleException;

import com.upward.program.Cohort;
import com.upward.program.CohortStatus;
import com.upward.program.Enrollment;
import com.upward.program.EnrollmentSide;
import com.upward.program.EnrollmentStatus;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static com.upward.program.EnrollmentStatus.ACCEPTED;
import static com.upward.program.EnrollmentStatus.APPLIED;
import static com.upward.program.EnrollmentStatus.WAITLISTED;

/** The enrollment rules both sides (HR and the applicant) are held to. */
final class EnrollmentRules {

    static final String OVERRIDE_FIELD = "overrideWindow";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

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
            throw new BusinessRuleException(OVERRIDE_FIELD, "Enrollment is open from "
                    + DAY.format(cohort.getEnrollmentOpensOn()) + " to " + DAY.format(cohort.getEnrollmentClosesOn())
                    + ". To enroll people outside the window, choose to override it.");
        }
        return true;
    }

    /** Applicants apply only to an ENROLLING cohort within its window; there is no override for them. */
    static void checkOpenForApplications(Cohort cohort, LocalDate today) {
        if (cohort.getStatus() != CohortStatus.ENROLLING || !windowOpen(cohort, today)) {
            throw new BusinessRuleException(null, "This cohort is not taking applications.");
        }
    }

    /** Enrollments of a completed, archived or cancelled cohort are history and stay as they are. */
    static void checkOpenForChanges(Cohort cohort) {
        CohortStatus status = cohort.getStatus();
        if (status == CohortStatus.COMPLETED || status == CohortStatus.ARCHIVED || status == CohortStatus.CANCELLED) {
            throw new BusinessRuleException(null, "The cohort is " + status.name().toLowerCase(Locale.ROOT)
                    + "; its enrollments can no longer change.");
        }
    }

    /** One enrollment per person and cohort, so nobody is a mentor and a mentee in the same cohort. */
    static String alreadyEnrolled(String name, Enrollment existing, EnrollmentSide wanted) {
        String side = existing.getSide().name().toLowerCase(Locale.ROOT);
        if (existing.getSide() != wanted) {
            return name + " is already a " + side + " in this cohort and cannot also be a "
                    + wanted.name().toLowerCase(Locale.ROOT) + ".";
        }
        return name + " is already enrolled in this cohort as a " + side + " ("
                + existing.getStatus().name().toLowerCase(Locale.ROOT) + ").";
    }

    /** The message when the unique constraint, not the check, caught a second enrollment (two people at once). */
    static String concurrentEnrollment(String name) {
        return name + " was enrolled in this cohort at the same moment; a person can take only one side in a cohort.";
    }

    static boolean editableByApplicant(EnrollmentStatus status, CohortStatus cohortStatus) {
        return (status == APPLIED || status == WAITLISTED) && CohortService.isBeforeStart(cohortStatus);
    }

    static boolean withdrawableByApplicant(EnrollmentStatus status, CohortStatus cohortStatus) {
        return (status == APPLIED || status == WAITLISTED || status == ACCEPTED)
                && CohortService.isBeforeStart(cohortStatus);
    }
}
