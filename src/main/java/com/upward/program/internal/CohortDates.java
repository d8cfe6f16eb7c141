package com.upward.program.internal;

import com.upward.base.i18n.Text;
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
    public record Problem(String field, Text text) {
    }

    private CohortDates() {
    }

    /** Every broken rule, at most one per field; empty when the dates are consistent. Null dates are "missing". */
    public static List<Problem> check(LocalDate opensOn, LocalDate closesOn, LocalDate startsOn, LocalDate endsOn,
                                      Cadence cadence) {
        List<Problem> problems = new ArrayList<>();
        if (opensOn == null) {
            problems.add(new Problem(OPENS, Text.of("program.cohort-dialog.opens-missing")));
        }
        if (closesOn == null) {
            problems.add(new Problem(CLOSES, Text.of("program.cohort-dialog.closes-missing")));
        } else if (opensOn != null && closesOn.isBefore(opensOn)) {
            problems.add(new Problem(CLOSES, Text.of("program.cohort-dialog.closes-before-opens")));
        } else if (startsOn != null && !closesOn.isBefore(startsOn)) {
            problems.add(new Problem(CLOSES, Text.of("program.cohort-dialog.closes-after-start")));
        }
        if (startsOn == null) {
            problems.add(new Problem(STARTS, Text.of("program.cohort-dialog.starts-missing")));
        }
        if (endsOn == null) {
            problems.add(new Problem(ENDS, Text.of("program.cohort-dialog.ends-missing")));
        } else if (startsOn != null && !endsOn.isAfter(startsOn)) {
            problems.add(new Problem(ENDS, Text.of("program.cohort-dialog.ends-before-start")));
        } else if (startsOn != null && cadence != null && endsOn.isBefore(cadence.plusPeriods(startsOn, 1))) {
            problems.add(new Problem(ENDS, Text.of("program.cohort-dialog.too-short",
                    Text.of("program.cadence-length." + cadence.name()))));
        }
        return problems;
    }

    /** The problem of one field, or null. */
    public static Problem problemOf(String field, List<Problem> problems) {
        return problems.stream().filter(p -> p.field().equals(field)).findFirst().orElse(null);
    }
}
