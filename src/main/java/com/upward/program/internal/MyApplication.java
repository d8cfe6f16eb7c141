package com.upward.program.internal;

import com.upward.program.CohortStatus;
import com.upward.program.EnrollmentSide;
import com.upward.program.EnrollmentStatus;
import java.time.Instant;

/** One of the signed-in employee's enrollments, with what they may still do with it. */
public record MyApplication(long enrollmentId, long version, long cohortId, String cohortName, String programName,
                            CohortStatus cohortStatus, EnrollmentSide side, EnrollmentStatus status, boolean invited,
                            Instant appliedAt) {

    /** Answers can change until HR accepts (or declines) and while the cohort has not started. */
    public boolean editable() {
        return EnrollmentRules.editableByApplicant(status, cohortStatus);
    }

    public boolean withdrawable() {
        return EnrollmentRules.withdrawableByApplicant(status, cohortStatus);
    }
}
