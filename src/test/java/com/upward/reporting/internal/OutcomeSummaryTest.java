package com.upward.reporting.internal;

import com.upward.base.i18n.Messages;
import com.upward.reporting.ComparisonPeriod;
import com.upward.reporting.internal.Headline.Direction;
import com.upward.reporting.internal.Headline.Figure;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The summary's rules (OutcomeSummary's Javadoc and reports/README.md), one test per rule. */
class OutcomeSummaryTest {

    static final ComparisonPeriod SIX_MONTHS = ComparisonPeriod.before(LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 6, 30));

    static Headline h(Figure f, Double current, Double previous) {
        return new Headline(f, current, false, previous, false, List.of());
    }

    static List<String> english(Headline... headlines) {
        return OutcomeSummary.sentences(List.of(headlines), SIX_MONTHS, Locale.ENGLISH,
                (key, args) -> Messages.shared().format(Locale.ENGLISH, key, args));
    }

    @Test
    void wholeMonthsAreComparedWithAsManyWholeMonthsBeforeOtherPeriodsWithAsManyDays() {
        assertThat(SIX_MONTHS).isEqualTo(new ComparisonPeriod(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31),
                6, 184));
        assertThat(ComparisonPeriod.before(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 19)))
                .isEqualTo(new ComparisonPeriod(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 9), 0, 10));
    }

    @Test
    void aRateRoseFellOrHeldSteadyUnderTwoPercentagePoints() {
        assertThat(english(h(Figure.COMPLETION, 84.0, 72.0))).containsExactly(
                "Check-in completion rose from 72% to 84% against the previous 6 months.");
        assertThat(english(h(Figure.COMPLETION, 70.0, 72.0))).containsExactly(
                "Check-in completion fell from 72% to 70% against the previous 6 months.");
        assertThat(english(h(Figure.COMPLETION, 73.0, 72.0))).containsExactly(
                "Check-in completion held steady at 73% against the previous 6 months.");
        assertThat(h(Figure.COMPLETION, 74.0, 72.0).direction()).isEqualTo(Direction.UP);
        assertThat(h(Figure.NPS, 11.0, 10.0).direction()).isEqualTo(Direction.STEADY);
        assertThat(h(Figure.GROWTH, 0.6, 0.5).direction()).isEqualTo(Direction.UP);
        assertThat(h(Figure.PARTICIPANTS, 40.0, 40.0).direction()).isEqualTo(Direction.STEADY);
        assertThat(h(Figure.PARTICIPANTS, 41.0, 40.0).direction()).isEqualTo(Direction.UP);
    }

    @Test
    void withoutAPreviousFigureOnlyTheCurrentOneIsStated() {
        assertThat(english(h(Figure.COMPLETION, 84.0, null), h(Figure.NPS, 14.0, null))).containsExactly(
                "Check-in completion was 84%.", "The program NPS was +14.");
    }

    @Test
    void failingForwardSaysHowManySetbacksCameWithALesson() {
        assertThat(english(h(Figure.FAILING_FORWARD, 81.0, 80.0))).containsExactly(
                "81% of the setbacks recorded came with a lesson.");
        assertThat(english(h(Figure.FAILING_FORWARD, 81.0, 60.0))).containsExactly(
                "81% of the setbacks recorded came with a lesson, up from 60%.");
    }

    @Test
    void growthSaysHowMuchHigherOrLowerMenteesRatedThemselves() {
        assertThat(english(h(Figure.GROWTH, 0.6, null))).containsExactly(
                "On average, mentees rated their growth 0.6 points higher at the end than at the start.");
        assertThat(english(h(Figure.GROWTH, -0.3, null))).containsExactly(
                "On average, mentees rated their growth 0.3 points lower at the end than at the start.");
    }

    @Test
    void aSuppressedFigureGetsNoSentenceAndAllSuppressedSaysTheGroupIsTooSmall() {
        var hidden = new Headline(Figure.NPS, null, true, 20.0, false, List.of());
        assertThat(english(h(Figure.PARTICIPANTS, 48.0, 40.0), hidden)).containsExactly(
                "48 people took part, up from 40 in the previous 6 months.");
        assertThat(english(hidden)).containsExactly(
                "The group is too small for a summary: every headline figure covers fewer than 5 people.");
        assertThat(english(h(Figure.NPS, null, null))).containsExactly("There is nothing to count in the period yet.");
        assertThat(hidden.change()).isNull();
        assertThat(hidden.direction()).isNull();
    }

    @Test
    void germanSentencesAreFormal() {
        List<String> german = OutcomeSummary.sentences(new ArrayList<>(List.of(h(Figure.COMPLETION, 84.0, 72.0),
                        h(Figure.GROWTH, 0.6, null))), SIX_MONTHS, Locale.GERMAN,
                (key, args) -> Messages.shared().format(Locale.GERMAN, key, args));
        assertThat(german).containsExactly(
                "Die Check-in-Quote stieg gegenüber den vorangegangenen 6 Monaten von 72\u00a0% auf 84\u00a0%.",
                "Im Durchschnitt schätzten Mentees ihr Wachstum am Ende um 0,6 Punkte höher ein als zu Beginn.");
    }

    @Test
    void aChangeIsPrintedInPercentagePointsForRates() {
        assertThat(Headline.formatChange(Figure.COMPLETION, 12, Locale.ENGLISH)).isEqualTo("+12 pp");
        assertThat(Headline.formatChange(Figure.NPS, -3, Locale.ENGLISH)).isEqualTo("−3");
        assertThat(Headline.formatChange(Figure.GROWTH, 0, Locale.ENGLISH)).isEqualTo("±0");
    }
}
