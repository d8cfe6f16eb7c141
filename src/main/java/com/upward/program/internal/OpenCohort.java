package com.upward.program.internal;

import com.upward.program.Cadence;
import com.upward.program.EnrollmentSide;
import com.upward.program.EnrollmentStatus;
import java.time.LocalDate;

/** A cohort taking applications, with the signed-in employee's own enrollment in it if any. */
public record OpenCohort(long cohortId, String programName, String name, String description,
                         LocalDate enrollmentClosesOn, LocalDate startsOn, LocalDate endsOn, Cadence cadence,
                         EnrollmentSide mySide, EnrollmentStatus myStatus) {

    public boolean applied() {
        return myStatus != null;
    }
}
