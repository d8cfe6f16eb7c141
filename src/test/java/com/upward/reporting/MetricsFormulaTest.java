package com.upward.reporting;

import com.upward.program.ProgramTestData;
import com.upward.reporting.ReportingService.GrowthBucket;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Every metric formula of PRODUCT.md on the hand-built {@link MetricsFixture}, with the expected values worked out
 * in the comments. Runs on H2 and on MariaDB; rolled back.
 */
@SpringBootTest
@Tag("db")
@Transactional
class MetricsFormulaTest {

    @Autowired
    ProgramTestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReportingService reporting;

    MetricsFixture fixture;
    OutcomeMetrics m;

    @BeforeEach
    void fixture() {
        fixture = new MetricsFixture(data, jdbc);
        data.signIn("exec");
        m = reporting.metrics(fixture.scope());
    }

    @Test
    void participantsAndMatchRate() {
        // M1–M7 accepted (the APPLIED mentee does not count), two mentors
        assertThat(m.mentees()).isEqualTo(7);
        assertThat(m.mentors()).isEqualTo(2);
        // M1–M5 ACTIVE, M6 ENDED, M7 unpaired: 6 / 7
        assertThat(m.matchRate()).isEqualTo(new Ratio(6, 7, 7));
        assertThat(SmallCells.percent(m.matchRate())).isEqualTo("86%");
    }

    @Test
    void completionAndOnTime() {
        // due in the period: 6 mentees × 2 = 12 (the July check-in is outside it)
        // submitted: M1 2, M2 1, M3 2, M5 2, M6 1 = 8 → 67%
        assertThat(m.completion()).isEqualTo(new Ratio(8, 12, 6));
        assertThat(SmallCells.percent(m.completion())).isEqualTo("67%");
        // by due + 2 days: M1 2, M2 0 (20 Jan > 18 Jan), M3 2 (18 Jan 23:00 is still on time), M5 1 (2 Feb > 1 Feb),
        // M6 1 = 6 → 50%
        assertThat(m.onTime()).isEqualTo(new Ratio(6, 12, 6));
    }

    @Test
    void goalAchievementByType() {
        // LEARNING: G1 achieved, G3 pivoted, G4 achieved, G5, G6, G8 dropped = 2 of 6 by 6 mentees, 1 pivoted
        assertThat(m.learningGoals()).isEqualTo(new GoalAchievement(new Ratio(2, 6, 6), 1));
        assertThat(SmallCells.percent(m.learningGoals().achieved())).isEqualTo("33%");
        // OUTCOME: G2 in progress, G7 achieved = 1 of 2, but only 2 mentees: suppressed
        assertThat(m.outcomeGoals()).isEqualTo(new GoalAchievement(new Ratio(1, 2, 2), 0));
        assertThat(SmallCells.percent(m.outcomeGoals().achieved())).isEqualTo(SmallCells.SUPPRESSED);
    }

    @Test
    void failingForwardAndBounceBack() {
        // submitted with a setback: M1p1, M2p1, M3p1, M5p1, M5p2, M6p1 = 6 (M4's draft does not count);
        // with a lesson as well: M1p1, M3p1, M5p1, M5p2 = 4 → 67%, by M1 M2 M3 M5 M6 = 5 people
        assertThat(m.failingForward()).isEqualTo(new Ratio(4, 6, 5));
        // goals with a setback in a submitted check-in: G1, G3, G4, G6, G8 = 5 (G5's is a draft);
        // bounced: G1 (30 → 60), G3 (pivoted), G4 (achieved); not G6 (50 → 45) nor G8 (dropped) = 3 → 60%
        assertThat(m.bounceBack()).isEqualTo(new Ratio(3, 5, 5));
        assertThat(SmallCells.percent(m.bounceBack())).isEqualTo("60%");
    }

    @Test
    void growthDeltaAndItsDistribution() {
        // both surveys: M1 2.0 → 4.0 (+2.0), M2 3.0 → 3.4 (+0.4), M3 2.0 → 2.0 (0), M5 4.0 → 3.0 (−1.0),
        // M6 1.0 → 2.6 (+1.6); M4 answered only the start. Mean = 3.0 / 5 = +0.6
        assertThat(m.growthDelta().people()).isEqualTo(5);
        assertThat(m.growthDelta().value()).isCloseTo(0.6, within(1e-9));
        assertThat(SmallCells.delta(m.growthDelta())).isEqualTo("+0.6");
        // buckets of 0.5, rounded down: −1.0 ×1, 0.0 ×2 (0 and 0.4), 1.5 ×1 (1.6), 2.0 ×1
        assertThat(reporting.programOutcome(fixture.scope()).growth()).containsExactly(new GrowthBucket(-1.0, 1),
                new GrowthBucket(0.0, 2), new GrowthBucket(1.5, 1), new GrowthBucket(2.0, 1));
    }

    @Test
    void npsAndRelationshipRating() {
        // NPS answers 10, 9, 9, 8, 6, 3 and the mentor's 7: promoters 3, passives 2, detractors 2;
        // (3 − 2) / 7 = +14
        assertThat(m.nps()).isEqualTo(new Nps(3, 2, 2));
        assertThat(m.nps().score()).isCloseTo(100.0 / 7, within(1e-9));
        assertThat(SmallCells.nps(m.nps())).isEqualTo("+14");
        // relationship 5, 4, 4, 3, 5, 5, 2 = 28 / 7 = 4.00
        assertThat(m.relationship().value()).isCloseTo(4.0, within(1e-9));
        assertThat(SmallCells.average(m.relationship())).isEqualTo("4.00");
    }

    @Test
    void atRiskPairsAndMentorLoad() {
        // today (December) every ACTIVE pair (M1–M5) has been quiet since January for far more than two
        // biweekly periods; the ENDED pair of M6 does not count
        assertThat(m.atRiskPairs()).isEqualTo(5);
        // R1 has M1–M3, R2 has M4 and M5 (M6's pair ended): 5 active mentees over 2 mentors, highest 3, maximum 3
        assertThat(m.mentorLoad()).isEqualTo(new MentorLoad(2, 5, 3, 3));
        assertThat(m.mentorLoad().average()).isEqualTo(2.5);
    }

    @Test
    void aPeriodBeforeTheFirstDueDateHasNoCheckInsAndPrintsADash() {
        OutcomeMetrics early = reporting.metrics(new ReportScope(fixture.program, fixture.cohort,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 10)));
        assertThat(early.completion()).isEqualTo(Ratio.NONE);
        assertThat(SmallCells.percent(early.completion())).isEqualTo(SmallCells.NO_DATA);
    }

    @Test
    void theDepartmentsOfTheFixtureAreBothSmallCells() {
        // Sales: M1, M2, M3, M7 = 4; Finance: M4, M5, M6 = 3 → both hidden
        assertThat(reporting.programOutcome(fixture.scope()).departments())
                .extracting(ReportingService.DepartmentRow::department, ReportingService.DepartmentRow::mentees)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Finance", 3L),
                        org.assertj.core.groups.Tuple.tuple("Sales", 4L));
        assertThat(SmallCells.count(3)).isEqualTo(SmallCells.SUPPRESSED);
    }

    @Test
    void participantsMonthByMonthCountTheCohortsRunningInEachMonth() {
        // the cohort runs 5 Jan – 26 Jun 2026 with 7 accepted mentees and 2 mentors; the period ends 30 Jun
        var months = reporting.programOutcome(fixture.scope()).participantsByMonth();
        assertThat(months).extracting(ReportingService.MonthCount::month).containsExactly(
                java.time.YearMonth.of(2026, 1), java.time.YearMonth.of(2026, 2), java.time.YearMonth.of(2026, 3),
                java.time.YearMonth.of(2026, 4), java.time.YearMonth.of(2026, 5), java.time.YearMonth.of(2026, 6));
        assertThat(months).extracting(ReportingService.MonthCount::people).containsOnly(9L);
        // June and July: the cohort's last month, then a month it no longer runs in
        var later = reporting.programOutcome(new ReportScope(fixture.program, null, LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 7, 31))).participantsByMonth();
        assertThat(later).extracting(ReportingService.MonthCount::people).containsExactly(9L, 0L);
    }

    @Test
    void learningGoalsGrowthAndNpsMonthByMonth() {
        // target dates: M1's and M2's learning goals in February (G1 achieved, G3 pivoted), M3–M6's in March (G4
        // achieved; G5, G6, G8 not)
        jdbc.update("update goal set target_date = ? where goal_type = 'LEARNING' and enrollment_id in (?, ?)",
                LocalDate.of(2026, 2, 15), fixture.mentees[1].getId(), fixture.mentees[2].getId());
        jdbc.update("update goal set target_date = ? where goal_type = 'LEARNING' and enrollment_id in (?, ?, ?, ?)",
                LocalDate.of(2026, 3, 31), fixture.mentees[3].getId(), fixture.mentees[4].getId(),
                fixture.mentees[5].getId(), fixture.mentees[6].getId());
        var outcome = reporting.programOutcome(fixture.scope());

        assertThat(outcome.learningGoalsByMonth()).containsExactly(
                new ReportingService.MonthCompletion(java.time.YearMonth.of(2026, 2), new Ratio(1, 2, 2)),
                new ReportingService.MonthCompletion(java.time.YearMonth.of(2026, 3), new Ratio(1, 4, 4)));
        // every survey was answered on 20 June: the five growth pairs (+0.6 on average, see growthDelta) and the 7
        // NPS answers (3 promoters, 2 passives, 2 detractors)
        assertThat(outcome.growthByMonth()).singleElement().satisfies(month -> {
            assertThat(month.month()).isEqualTo(java.time.YearMonth.of(2026, 6));
            assertThat(month.mean().people()).isEqualTo(5);
            assertThat(month.mean().value()).isCloseTo(m.growthDelta().value(), within(0.0001));
        });
        assertThat(outcome.npsByMonth()).containsExactly(
                new ReportingService.MonthNps(java.time.YearMonth.of(2026, 6), new Nps(3, 2, 2)));
    }
}
