package com.upward.program.ui;

import com.upward.program.Cadence;
import com.upward.program.CohortStatus;
import com.upward.program.internal.CohortDates;
import com.upward.program.internal.CohortMove;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The screen's words for lifecycle refusals and date rules come from the bundles, while the service keeps its own
 * English: outside a UI (English) both say the same, for every step from every status and every broken date rule.
 */
class ProgramTextsTest {

    @Test
    void everyRefusalOfALifecycleStepReadsAsTheServicesInEnglish() {
        for (CohortMove move : CohortMove.values()) {
            for (CohortStatus from : CohortStatus.values()) {
                assertThat(CohortView.refusal(move, from)).as("%s from %s", move, from)
                        .isEqualTo(move.refusalFor(from));
            }
        }
    }

    @Test
    void everyBrokenDateRuleReadsAsTheServicesInEnglish() {
        LocalDate day = LocalDate.of(2027, 3, 1);
        List<LocalDate> dates = new ArrayList<>(Arrays.asList(null, day, day.plusDays(3), day.plusDays(10),
                day.plusDays(40)));
        List<Cadence> cadences = new ArrayList<>(Arrays.asList(Cadence.values()));
        cadences.add(null);
        int problems = 0;
        for (LocalDate opens : dates) {
            for (LocalDate closes : dates) {
                for (LocalDate starts : dates) {
                    for (LocalDate ends : dates) {
                        for (Cadence cadence : cadences) {
                            for (var problem : CohortDates.check(opens, closes, starts, ends, cadence)) {
                                problems++;
                                assertThat(CohortDialog.dateMessage(problem, opens, closes, starts, ends, cadence))
                                        .as("%s %s %s %s %s", opens, closes, starts, ends, cadence)
                                        .isEqualTo(problem.message());
                            }
                        }
                    }
                }
            }
        }
        assertThat(problems).isPositive();
    }
}
