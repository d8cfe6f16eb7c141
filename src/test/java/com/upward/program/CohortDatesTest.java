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
        assertThat(CohortDates.check(null, null, null, null, Cadence.WEEKLY)).containsExactly(
                new Problem(OPENS, "Enter the day enrollment opens."),
                new Problem(CLOSES, "Enter the day enrollment closes."),
                new Problem(STARTS, "Enter the start date."),
                new Problem(ENDS, "Enter the end date."));
    }

    @Test
    void enrollmentCannotCloseBeforeItOpens() {
        assertThat(CohortDates.check(CLOSES_ON, OPENS_ON, STARTS_ON, ENDS_ON, Cadence.WEEKLY))
                .containsExactly(new Problem(CLOSES, "Enrollment cannot close before it opens."));
    }

    @Test
    void enrollmentWindowMustEndBeforeTheStart() {
        assertThat(CohortDates.check(OPENS_ON, STARTS_ON, STARTS_ON, ENDS_ON, Cadence.WEEKLY))
                .containsExactly(new Problem(CLOSES, "Enrollment must close before the cohort starts."));
        assertThat(CohortDates.check(OPENS_ON, STARTS_ON.plusDays(3), STARTS_ON, ENDS_ON, Cadence.WEEKLY))
                .containsExactly(new Problem(CLOSES, "Enrollment must close before the cohort starts."));
    }

    @Test
    void endMustComeAfterTheStart() {
        assertThat(CohortDates.check(OPENS_ON, CLOSES_ON, STARTS_ON, STARTS_ON, Cadence.WEEKLY))
                .containsExactly(new Problem(ENDS, "The cohort must end after it starts."));
        assertThat(CohortDates.check(OPENS_ON, CLOSES_ON, STARTS_ON, STARTS_ON.minusDays(1), Cadence.WEEKLY))
                .containsExactly(new Problem(ENDS, "The cohort must end after it starts."));
    }

    @Test
    void cohortLastsAtLeastOneCheckInPeriod() {
        assertThat(CohortDates.check(OPENS_ON, CLOSES_ON, STARTS_ON, STARTS_ON.plusDays(13), Cadence.BIWEEKLY))
                .containsExactly(new Problem(ENDS, "The cohort must last at least one check-in period (2 weeks)."));
        assertThat(CohortDates.check(OPENS_ON, CLOSES_ON, STARTS_ON, STARTS_ON.plusDays(14), Cadence.BIWEEKLY))
                .isEmpty();
    }

    @Test
    void severalProblemsAtOnceOnePerField() {
        List<Problem> problems = CohortDates.check(CLOSES_ON, OPENS_ON, STARTS_ON, STARTS_ON, Cadence.MONTHLY);
        assertThat(problems).extracting(Problem::field).containsExactly(CLOSES, ENDS);
        assertThat(CohortDates.problemOf(ENDS, problems).message()).isEqualTo("The cohort must end after it starts.");
        assertThat(CohortDates.problemOf(OPENS, problems)).isNull();
    }
}
