package com.upward.program.internal;

import com.upward.program.Cadence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The date rules of a cohort, shared by the form (messages beside the fields) and the service (which re-checks):
 * enrollment closes on or after it opens and before the cohort starts; the cohort ends after it starts and lasts at
 * least one check-in period.
 */
public final class CohortDates {

    public static final String OPENS = "enrollmentOpensOn";
    public static final String CLOSES = "enrollmentClosesOn";
    public static final String STARTS = "startsOn";
    public static final String ENDS = "endsOn";

    /** A broken rule: the field it concerns and what to tell the user. */
    public record Problem(String field, String message) {
    }

    private CohortDates() {
    }

    /** Every broken rule, at most one per field; empty when the dates are consistent. Null dates are "missing". */
    public static List<Problem> check(LocalDate opensOn, LocalDate closesOn, LocalDate startsOn, LocalDate endsOn,
                                      Cadence cadence) {
        List<Problem> problems = new ArrayList<>();
        if (opensOn == null) {
            problems.add(new Problem(OPENS, "Enter the day enrollment opens."));
        }
        if (closesOn == null) {
            problems.add(new Problem(CLOSES, "Enter the day enrollment closes."));
        } else if (opensOn != null && closesOn.isBefore(opensOn)) {
            problems.add(new Problem(CLOSES, "Enrollment cannot close before it opens."));
        } else if (startsOn != null && !closesOn.isBefore(startsOn)) {
            problems.add(new Problem(CLOSES, "Enrollment must close before the cohort starts."));
        }
        if (startsOn == null) {
            problems.add(new Problem(STARTS, "Enter the start date."));
        }
        if (endsOn == null) {
            problems.add(new Problem(ENDS, "Enter the end date."));
        } else if (startsOn != null && !endsOn.isAfter(startsOn)) {
            problems.add(new Problem(ENDS, "The cohort must end after it starts."));
        } else if (startsOn != null && cadence != null && endsOn.isBefore(cadence.plusPeriods(startsOn, 1))) {
            problems.add(new Problem(ENDS, "The cohort must last at least one check-in period ("
                    + cadence.lengthInWords() + ")."));
        }
        return problems;
    }

    /** The problem of one field, or null. */
    public static Problem problemOf(String field, List<Problem> problems) {
        return problems.stream().filter(p -> p.field().equals(field)).findFirst().orElse(null);
    }
}
