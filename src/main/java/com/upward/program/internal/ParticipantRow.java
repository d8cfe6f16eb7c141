package com.upward.program.internal;

import com.upward.program.CohortPairing;
import com.upward.program.EnrollmentSide;
import com.upward.program.EnrollmentStatus;
import java.time.Instant;

/**
 * An enrollment in the participants grid. {@code activePairs} is the mentor's current mentees, or 1 when a mentee
 * has a mentor (counted by matching, {@link CohortPairing}); {@code applicationComplete} is false while an invited person has not filled in their answers.
 */
public record ParticipantRow(long enrollmentId, long version, long employeeId, String firstName, String lastName,
                             String department, int jobLevel, EnrollmentSide side, EnrollmentStatus status,
                             boolean invited, boolean windowOverride, boolean applicationComplete, Instant appliedAt,
                             Instant decidedAt, String withdrawalReason, long activePairs) {

    ParticipantRow withActivePairs(long pairs) {
        return new ParticipantRow(enrollmentId, version, employeeId, firstName, lastName, department, jobLevel, side,
                status, invited, windowOverride, applicationComplete, appliedAt, decidedAt, withdrawalReason, pairs);
    }

    public String fullName() {
        return firstName + " " + lastName;
    }
}
