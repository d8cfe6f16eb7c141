package com.upward.reporting;

import com.upward.program.Cadence;
import com.upward.reporting.internal.PairRisk;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** PRODUCT.md's at-risk rule as a plain rule. */
class PairRiskTest {

    static final LocalDate START = LocalDate.of(2026, 9, 7);

    @Test
    void quietForMoreThanTwoPeriodsSinceTheLastSubmission() {
        LocalDate last = LocalDate.of(2026, 11, 2);
        // biweekly: two periods after 2 Nov is 30 Nov; the pair is at risk from 1 Dec
        assertThat(PairRisk.reason(Cadence.BIWEEKLY, START, last, false, LocalDate.of(2026, 11, 30))).isNull();
        assertThat(PairRisk.reason(Cadence.BIWEEKLY, START, last, false, LocalDate.of(2026, 12, 1)))
                .isEqualTo("No check-in since 2 Nov 2026.");
        // weekly: two periods after 2 Nov is 16 Nov
        assertThat(PairRisk.reason(Cadence.WEEKLY, START, last, false, LocalDate.of(2026, 11, 17))).isNotNull();
        // monthly: two periods after 2 Nov is 2 Jan
        assertThat(PairRisk.reason(Cadence.MONTHLY, START, last, false, LocalDate.of(2027, 1, 2))).isNull();
        assertThat(PairRisk.reason(Cadence.MONTHLY, START, last, false, LocalDate.of(2027, 1, 3))).isNotNull();
    }

    @Test
    void withoutAnySubmissionTheQuietTimeCountsFromThePairsStart() {
        assertThat(PairRisk.reason(Cadence.BIWEEKLY, START, null, false, START.plusWeeks(4))).isNull();
        assertThat(PairRisk.reason(Cadence.BIWEEKLY, START, null, false, START.plusWeeks(4).plusDays(1)))
                .isEqualTo("No check-in since the pair started on 7 Sep 2026.");
    }

    @Test
    void anOpenUrgentHelpRequestMakesAnyPairAtRisk() {
        assertThat(PairRisk.reason(Cadence.BIWEEKLY, START, START.plusDays(1), true, START.plusDays(2)))
                .isEqualTo("Urgent help request open.");
    }
}
