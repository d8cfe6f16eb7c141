package com.upward.program;

import java.time.LocalDate;

/** What HR enters for a cohort. Null values are "not filled in". */
public record CohortForm(String name, String description, LocalDate enrollmentOpensOn, LocalDate enrollmentClosesOn,
                         LocalDate startsOn, LocalDate endsOn, Cadence cadence, Integer maxMenteesPerMentor) {

    public static final int NAME_MAX = 150;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int MAX_MENTEES_LIMIT = 10;
}
