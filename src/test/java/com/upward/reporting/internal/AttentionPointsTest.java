package com.upward.reporting.internal;

import com.upward.base.i18n.Messages;
import com.upward.reporting.internal.AttentionPoints.Cohort;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The attention rules (AttentionPoints' Javadoc), one test per rule. */
class AttentionPointsTest {

    static List<String> english(Cohort... cohorts) {
        return AttentionPoints.choose(List.of(cohorts), Locale.ENGLISH,
                (key, args) -> Messages.shared().format(Locale.ENGLISH, key, args));
    }

    static Cohort atRisk(String name, long pairs, boolean hidden) {
        return new Cohort(name, pairs, hidden, 6, 2, 3, 90.0);
    }

    @Test
    void oneOfEachKindComesFirstThenTheNextAtRisk() {
        assertThat(english(atRisk("Spring", 6, false), atRisk("Summer", 9, false), atRisk("Autumn", 7, false),
                new Cohort("Winter", 0, false, 5, 4, 3, 50.0))).containsExactly(
                "Summer: 9 running pairs are at risk (no check-in for over two periods, or an urgent help request open).",
                "Winter: some mentors look after more mentees than the cohort maximum of 3.",
                "Winter: only 50% of the check-ins due were submitted.");
        assertThat(english(atRisk("Spring", 6, false), atRisk("Summer", 9, false), atRisk("Autumn", 7, false)))
                .hasSize(3).element(2).asString().startsWith("Spring: 6 running pairs");
    }

    @Test
    void aHiddenAtRiskCountReadsFewerThanFiveAndRanksAfterTheCountsShown() {
        assertThat(english(atRisk("Spring", 3, true), atRisk("Summer", 5, false))).containsExactly(
                "Summer: 5 running pairs are at risk (no check-in for over two periods, or an urgent help request open).",
                "Spring: fewer than 5 running pairs are at risk (no check-in for over two periods, or an urgent help"
                        + " request open).");
    }

    @Test
    void mentorLoadCountsOnlyInCohortsOfFiveMentorsOrMore() {
        assertThat(english(new Cohort("Small", 0, false, 4, 5, 3, 90.0))).containsExactly(
                "Nothing stands out: no pair is at risk, no mentor is over the cohort maximum, and every cohort"
                        + " submitted at least 60% of its check-ins.");
    }

    @Test
    void lowCompletionIsUnderSixtyPercentLowestFirstAndOnlyWhereShown() {
        assertThat(english(new Cohort("A", 0, false, 5, 1, 3, 59.0), new Cohort("B", 0, false, 5, 1, 3, 40.0),
                new Cohort("C", 0, false, 5, 1, 3, 60.0), new Cohort("D", 0, false, 5, 1, 3, null)))
                .containsExactly("B: only 40% of the check-ins due were submitted.",
                        "A: only 59% of the check-ins due were submitted.");
    }
}
