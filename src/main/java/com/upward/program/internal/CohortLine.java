package com.upward.program.internal;

import com.upward.program.Cadence;
import com.upward.program.CohortStatus;
import java.time.LocalDate;

/** A cohort on its program's page, with its key figures. */
public record CohortLine(long id, String name, CohortStatus status, LocalDate enrollmentOpensOn,
                         LocalDate enrollmentClosesOn, LocalDate startsOn, LocalDate endsOn, Cadence cadence,
                         long acceptedMentors, long acceptedMentees, long applied, long activePairs) {

    CohortLine withActivePairs(long pairs) {
        return new CohortLine(id, name, status, enrollmentOpensOn, enrollmentClosesOn, startsOn, endsOn, cadence,
                acceptedMentors, acceptedMentees, applied, pairs);
    }
}
