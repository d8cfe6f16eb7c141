package com.upward.program;

import java.time.LocalDate;

/** A cohort as its page and edit form show it. */
public record CohortDetails(long id, long version, long programId, String programName, String name,
                            String description, LocalDate enrollmentOpensOn, LocalDate enrollmentClosesOn,
                            LocalDate startsOn, LocalDate endsOn, Cadence cadence, int maxMenteesPerMentor,
                            CohortStatus status) {

    public CohortForm toForm() {
        return new CohortForm(name, description, enrollmentOpensOn, enrollmentClosesOn, startsOn, endsOn, cadence,
                maxMenteesPerMentor);
    }
}
