package com.upward.program;

import com.upward.base.i18n.Messages;
import com.upward.base.i18n.Text;
import com.upward.program.internal.CohortDates;
import com.upward.program.internal.CohortMove;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lifecycle refusals and broken date rules name their texts by a key built from an enum's name, which the
 * bundle checks cannot follow: every one of them, for every step from every status and every broken date rule,
 * has its words in each language (a missing key would read "!key!").
 */
class ProgramTextsTest {

    @Test
    void everyRefusalOfALifecycleStepHasItsWordsInEachLanguage() {
        List<Text> refusals = new ArrayList<>();
        for (CohortMove move : CohortMove.values()) {
            for (CohortStatus from : CohortStatus.values()) {
                if (move.refusalFor(from) != null) {
                    refusals.add(move.refusalFor(from));
                }
            }
        }
        assertThat(refusals).isNotEmpty().allSatisfy(ProgramTextsTest::readsInEachLanguage);
    }

    @Test
    void everyBrokenDateRuleHasItsWordsInEachLanguage() {
        LocalDate day = LocalDate.of(2027, 3, 1);
        List<LocalDate> dates = new ArrayList<>(Arrays.asList(null, day, day.plusDays(3), day.plusDays(10),
                day.plusDays(40)));
        List<Cadence> cadences = new ArrayList<>(Arrays.asList(Cadence.values()));
        cadences.add(null);
        List<Text> problems = new ArrayList<>();
        for (LocalDate opens : dates) {
            for (LocalDate closes : dates) {
                for (LocalDate starts : dates) {
                    for (LocalDate ends : dates) {
                        for (Cadence cadence : cadences) {
                            CohortDates.check(opens, closes, starts, ends, cadence)
                                    .forEach(problem -> problems.add(problem.text()));
                        }
                    }
                }
            }
        }
        assertThat(problems).isNotEmpty().allSatisfy(ProgramTextsTest::readsInEachLanguage);
    }

    @Test
    void aTooShortCohortNamesThePeriodInTheReadersLanguage() {
        LocalDate starts = LocalDate.of(2027, 3, 1);
        Text tooShort = CohortDates.problemOf(CohortDates.ENDS, CohortDates.check(starts.minusDays(20),
                starts.minusDays(1), starts, starts.plusDays(10), Cadence.BIWEEKLY)).text();
        assertThat(tooShort.english()).isEqualTo("The cohort must last at least one check-in period (2 weeks).");
        assertThat(tooShort.in(Locale.GERMAN))
                .isEqualTo("Die Kohorte muss mindestens einen Check-in-Zeitraum dauern (2 Wochen).");
    }

    private static void readsInEachLanguage(Text text) {
        for (Locale language : Messages.LANGUAGES) {
            assertThat(text.in(language)).as("%s in %s", text, language).doesNotContainPattern("![a-z][\\w.-]*!");
        }
    }
}
