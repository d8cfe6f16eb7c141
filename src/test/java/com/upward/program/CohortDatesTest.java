package com.upward.program;

import com.upward.program.internal.CohortDates;
import com.upward.program.internal.CohortDates.Problem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.upward.program.internal.CohortDates.CLOSES;
import static com.upward.program.internal.CohortDates.ENDS;
import static com.upward.program.internal.CohortDates.OPENS;
import static com.upward.program.internal.CohortDates.STARTS;
import static org.assertj.core.api.Assertions.assertThat;

class CohortDatesTest {

    private static final LocalDate OPENS_ON = LocalDate.of(2026, 2, 1);
    private static final LocalDate CLOSES_ON = LocalDate.of(2026, 2, 20);
    private static final LocalDate STARTS_ON = LocalDate.of(2026, 3, 2);
    private static final LocalDate ENDS_ON = LocalDate.of(2026, 8, 31);

    @Test
    void consistentDatesHaveNoProblems() {
        assertThat(CohortDates.check(OPENS_ON, CLOSES_ON, STARTS_ON, ENDS_ON, Cadence.MONTHLY)).isEmpty();
        // a one-day window is fine, and so is a cohort exactly one period long
        assertThat(CohortDates.check(OPENS_ON, OPENS_ON, STARTS_ON, STARTS_ON.plusWeeks(1), Cadence.WEEKLY)).isEmpty();
    }

    @Test
    void missingDatesAreNamedPerField() {
        assertThat(said(CohortDates.check(null, null, null, null, Cadence.WEEKLY))).containsExactly(
                new Said(OPENS, "Enter the day enrollment opens."),
                new Said(CLOSES, "Enter the day enrollment closes."),
                new Said(STARTS, "Enter the start date."),
                new Said(ENDS, "Enter the end date."));
    }

    @Test
    void enrollmentCannotCloseBeforeItOpens() {
        assertThat(said(CohortDates.check(CLOSES_ON, OPENS_ON, STARTS_ON, ENDS_ON, Cadence.WEEKLY)))
                .containsExactly(new Said(CLOSES, "Enrollment cannot close before it opens."));
    }

    @Test
    void enrollmentWindowMustEndBeforeTheStart() {
        assertThat(said(CohortDates.check(OPENS_ON, STARTS_ON, STARTS_ON, ENDS_ON, Cadence.WEEKLY)))
                .containsExactly(new Said(CLOSES, "Enrollment must close before the cohort starts."));
        assertThat(said(CohortDates.check(OPENS_ON, STARTS_ON.plusDays(3), STARTS_ON, ENDS_ON, Cadence.WEEKLY)))
                .containsExactly(new Said(CLOSES, "Enrollment must close before the cohort starts."));
    }

    @Test
    void endMustComeAfterTheStart() {
        assertThat(said(CohortDates.check(OPENS_ON, CLOSES_ON, STARTS_ON, STARTS_ON, Cadence.WEEKLY)))
                .containsExactly(new Said(ENDS, "The cohort must end after it starts."));
        assertThat(said(CohortDates.check(OPENS_ON, CLOSES_ON, STARTS_ON, STARTS_ON.minusDays(1), Cadence.WEEKLY)))
                .containsExactly(new Said(ENDS, "The cohort must end after it starts."));
    }

    @Test
    void cohortLastsAtLeastOneCheckInPeriod() {
        assertThat(said(CohortDates.check(OPENS_ON, CLOSES_ON, STARTS_ON, STARTS_ON.plusDays(13), Cadence.BIWEEKLY)))
                .containsExactly(new Said(ENDS, "The cohort must last at least one check-in period (2 weeks)."));
        assertThat(CohortDates.check(OPENS_ON, CLOSES_ON, STARTS_ON, STARTS_ON.plusDays(14), Cadence.BIWEEKLY))
                .isEmpty();
    }

    @Test
    void severalProblemsAtOnceOnePerField() {
        List<Problem> problems = CohortDates.check(CLOSES_ON, OPENS_ON, STARTS_ON, STARTS_ON, Cadence.MONTHLY);
        assertThat(problems).extracting(Problem::field).containsExactly(CLOSES, ENDS);
        assertThat(CohortDates.problemOf(ENDS, problems).text().english())
                .isEqualTo("The cohort must end after it starts.");
        assertThat(CohortDates.problemOf(OPENS, problems)).isNull();
    }

    /** A broken rule as the English reader reads it. */
    private record Said(String field, String message) {
    }

    private static List<Said> said(List<Problem> problems) {
        return problems.stream().map(p -> new Said(p.field(), p.text().english())).toList();
    }
}
