package com.upward.reporting;

import com.upward.reporting.OutcomeCharts.Bar;
import com.upward.reporting.OutcomeCharts.GoalBar;
import com.upward.reporting.ReportingService.GrowthBucket;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The small-cell rule on its own: which parts hide, how the charts merge or give way to a sentence. */
class OutcomeChartsTest {

    @Test
    void aHiddenPartHidesTheNextSmallestSoTheTotalGivesNothingBack() {
        // Finance 1, Sales 5: 6 mentees shown elsewhere − Sales 5 would give Finance away
        assertThat(SmallCells.hiddenParts(new long[]{1, 5})).containsExactly(true, true);
        // two hidden parts that add up to under 5 (1 + 2) take the next smallest as well
        assertThat(SmallCells.hiddenParts(new long[]{1, 2, 9, 6})).containsExactly(true, true, false, true);
        // two hidden parts of 5 or more together reveal neither
        assertThat(SmallCells.hiddenParts(new long[]{3, 4, 9})).containsExactly(true, true, false);
        assertThat(SmallCells.hiddenParts(new long[]{5, 0, 7})).containsExactly(false, false, false);
    }

    @Test
    void participantsHideTheTotalWhenEitherSideIsHidden() {
        assertThat(SmallCells.participants(6, 3)).isEqualTo("fewer than 5 people");
        assertThat(SmallCells.participantSides(6, 3)).isEqualTo("6 mentees, fewer than 5 mentors");
        assertThat(SmallCells.participants(6, 5)).isEqualTo("11");
        assertThat(SmallCells.participants(6, 0)).isEqualTo("6");
    }

    @Test
    void hiddenCellsSayWhatIsHiddenInEveryKindOfCell() {
        assertThat(List.of(SmallCells.count(3), SmallCells.percent(new Ratio(1, 2, 2)),
                SmallCells.delta(new Mean(0.5, 4)), SmallCells.nps(new Nps(1, 1, 1))))
                .containsOnly("fewer than 5 people");
        assertThat(SmallCells.pivoted(2)).isEqualTo(" (fewer than 5 pivoted)");
        assertThat(SmallCells.pivoted(7)).isEqualTo(" (7 pivoted)");
    }

    @Test
    void growthBarsMergeUntilEachCoversFivePeople() {
        var merged = OutcomeCharts.growth(List.of(new GrowthBucket(0, 1), new GrowthBucket(0.5, 2),
                new GrowthBucket(1, 3)), new Mean(0.7, 6));
        assertThat(merged.data()).containsExactly(new Bar("+0.0 to +1.0", 6));
        // a last bar under 5 joins the one before
        var tail = OutcomeCharts.growth(List.of(new GrowthBucket(-0.5, 5), new GrowthBucket(0, 6),
                new GrowthBucket(0.5, 2)), new Mean(0.1, 13));
        assertThat(tail.data()).containsExactly(new Bar("-0.5", 5), new Bar("+0.0 to +0.5", 8));
        assertThat(OutcomeCharts.growth(List.of(new GrowthBucket(0, 4)), new Mean(0.0, 4)).note())
                .contains("fewer than 5 mentees");
    }

    @Test
    void aCompletionLineWithLeftOutMonthsSaysSoInItsTitle() {
        var whole = OutcomeCharts.completion(List.of(month(1, 8, 10, 6), month(2, 9, 10, 6)));
        assertThat(whole.title()).isEqualTo("Check-in completion by month (%)");
        var gaps = OutcomeCharts.completion(List.of(month(1, 8, 10, 6), month(2, 3, 4, 3)));
        assertThat(gaps.shown()).isTrue();
        assertThat(gaps.title()).isEqualTo(
                "Check-in completion by month (%; months of fewer than 5 mentees left out)");
        assertThat(OutcomeCharts.rate(gaps.data().get(1))).isNull();
        assertThat(OutcomeCharts.completion(List.of(month(2, 3, 4, 3))).note()).contains("no month has check-ins");
    }

    private static ReportingService.MonthCompletion month(int month, long submitted, long due, long people) {
        return new ReportingService.MonthCompletion(java.time.YearMonth.of(2026, month),
                new Ratio(submitted, due, people));
    }

    @Test
    void theNpsBreakdownIsShownOnlyWhenNoGroupIsSmall() {
        assertThat(OutcomeCharts.nps(new Nps(3, 1, 2)).shown()).isFalse();
        assertThat(OutcomeCharts.nps(new Nps(3, 1, 2)).note()).contains("fewer than 5 people");
        assertThat(OutcomeCharts.nps(new Nps(13, 0, 5)).data()).extracting(Bar::label)
                .containsExactly("Promoters (13)", "Passives (0)", "Detractors (5)");
    }

    @Test
    void goalTypesFoldSmallPivotedCountsAndLeaveOutWhatWouldStillReveal() {
        var goals = OutcomeCharts.goals(new OutcomeMetrics(0, 0, Ratio.NONE, Ratio.NONE, Ratio.NONE,
                new GoalAchievement(new Ratio(20, 40, 30), 2), new GoalAchievement(new Ratio(3, 20, 12), 0),
                Ratio.NONE, Ratio.NONE, new Mean(null, 0), new Nps(0, 0, 0), new Mean(null, 0), 0,
                new MentorLoad(0, 0, 0, 0)));
        assertThat(goals.data()).containsExactly(new GoalBar("Learning", "Achieved", 20L),
                new GoalBar("Learning", "Pivoted", null), new GoalBar("Learning", "Other", 20L));
        assertThat(goals.title()).endsWith("(groups under 5 merged or left out)");
        var none = OutcomeCharts.goals(new OutcomeMetrics(0, 0, Ratio.NONE, Ratio.NONE, Ratio.NONE,
                new GoalAchievement(new Ratio(2, 4, 4), 0), new GoalAchievement(new Ratio(1, 2, 2), 1), Ratio.NONE,
                Ratio.NONE, new Mean(null, 0), new Nps(0, 0, 0), new Mean(null, 0), 0, new MentorLoad(0, 0, 0, 0)));
        assertThat(none.shown()).isFalse();
        assertThat(none.note()).isEqualTo("Goals by type: each goal type covers fewer than 5 people, so the chart is"
                + " not shown.");
    }
}
