package com.upward.matching;

import com.upward.base.i18n.Text;
import com.upward.matching.internal.AutoMatcher;
import com.upward.matching.internal.CriterionScore;
import com.upward.matching.internal.HardRules;
import com.upward.matching.internal.MatchCandidate;
import com.upward.matching.internal.MatchCriterion;
import com.upward.matching.internal.MatchScore;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;

import static com.upward.matching.Candidates.*;
import static org.assertj.core.api.Assertions.assertThat;

class AutoMatcherTest {

    /** Scores taken from a table: a fixed total with one criterion carrying it. */
    private static BiFunction<MatchCandidate, MatchCandidate, MatchScore> table(Map<String, Double> totals) {
        return (mentor, mentee) -> new MatchScore(List.of(new CriterionScore(MatchCriterion.FOCUS_AREAS, 100,
                totals.getOrDefault(mentor.employeeId() + "-" + mentee.employeeId(), 0.0) / 100, Text.of("matching.reason.recorded", "fixture"))));
    }

    private static Map<Long, Long> pairs(AutoMatcher.Result result) {
        Map<Long, Long> byMentee = new HashMap<>();
        result.pairs().forEach(p -> byMentee.put(p.mentee().employeeId(), p.mentor().employeeId()));
        return byMentee;
    }

    @Test
    void optimalBeatsGreedyFirstCome() {
        MatchCandidate a = person(101, "IT", 6);
        MatchCandidate b = person(102, "IT", 6);
        MatchCandidate x = person(1, "Sales", 3);
        MatchCandidate y = person(2, "Sales", 3);
        // greedy takes X-A (90) first and is left with Y-B (10): 100 in total; the optimum is X-B + Y-A = 165
        Map<String, Double> totals = Map.of("101-1", 90.0, "102-1", 80.0, "101-2", 85.0, "102-2", 10.0);
        AutoMatcher.Result result = new AutoMatcher(HardRules.basic(), table(totals))
                .solve(List.of(x, y), List.of(new AutoMatcher.MentorSlots(a, 1), new AutoMatcher.MentorSlots(b, 1)));
        assertThat(pairs(result)).containsExactlyInAnyOrderEntriesOf(Map.of(1L, 102L, 2L, 101L));
        assertThat(result.totalScore()).isEqualTo(165.0);
        assertThat(result.unmatched()).isEmpty();
    }

    @Test
    void capacitiesAreRespectedAndTheRestIsLeftUnmatchedWithAReason() {
        MatchCandidate a = person(101, "IT", 6);
        List<MatchCandidate> mentees = List.of(person(1, "Sales", 3), person(2, "Sales", 3), person(3, "Sales", 3));
        Map<String, Double> totals = Map.of("101-1", 50.0, "101-2", 70.0, "101-3", 60.0);
        AutoMatcher.Result result = new AutoMatcher(HardRules.basic(), table(totals))
                .solve(mentees, List.of(new AutoMatcher.MentorSlots(a, 2)));
        assertThat(pairs(result)).containsExactlyInAnyOrderEntriesOf(Map.of(2L, 101L, 3L, 101L));
        assertThat(result.unmatched()).singleElement().satisfies(u -> {
            assertThat(u.mentee().employeeId()).isEqualTo(1L);
            assertThat(u.reason()).isEqualTo(AutoMatcher.UnmatchedReason.ALL_ELIGIBLE_MENTORS_FULL);
        });
        AutoMatcher.Result full = new AutoMatcher(HardRules.basic(), table(totals))
                .solve(mentees, List.of(new AutoMatcher.MentorSlots(a, 0)));
        assertThat(full.pairs()).isEmpty();
        assertThat(full.unmatched()).hasSize(3);
    }

    @Test
    void theManagerChainIsNeverUsedEvenWhenItScoresBest() {
        MatchCandidate boss = person(101, "Sales", 6);
        MatchCandidate other = person(102, "IT", 6);
        MatchCandidate x = reportingTo(person(1, "Sales", 3), 101L);
        MatchCandidate y = reportingTo(person(2, "Sales", 3), 102L, 101L);
        Map<String, Double> totals = Map.of("101-1", 100.0, "102-1", 5.0, "102-2", 100.0);
        AutoMatcher.Result result = new AutoMatcher(HardRules.basic(), table(totals))
                .solve(List.of(x, y), List.of(new AutoMatcher.MentorSlots(boss, 3),
                        new AutoMatcher.MentorSlots(other, 3)));
        assertThat(pairs(result)).containsExactlyInAnyOrderEntriesOf(Map.of(1L, 102L));
        assertThat(result.unmatched()).singleElement().satisfies(u -> {
            assertThat(u.mentee().employeeId()).isEqualTo(2L);
            assertThat(u.reason()).isEqualTo(AutoMatcher.UnmatchedReason.NO_ELIGIBLE_MENTOR);
        });
    }

    @Test
    void tiesAreBrokenTheSameWayWhateverTheInputOrder() {
        List<MatchCandidate> mentees = new ArrayList<>();
        List<AutoMatcher.MentorSlots> mentors = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            mentees.add(person(i, "Sales", 3));
        }
        for (int i = 101; i <= 104; i++) {
            mentors.add(new AutoMatcher.MentorSlots(person(i, "IT", 6), 1));
        }
        // every pair scores the same: many optimal answers, the solver must always pick the same one
        BiFunction<MatchCandidate, MatchCandidate, MatchScore> flat = (m, e) -> new MatchScore(
                List.of(new CriterionScore(MatchCriterion.LEVEL_GAP, 20, 0.5, Text.of("matching.reason.recorded", "flat"))));
        Map<Long, Long> first = pairs(new AutoMatcher(HardRules.basic(), flat).solve(mentees, mentors));
        assertThat(first).hasSize(4);
        Random random = new Random(42);
        for (int round = 0; round < 5; round++) {
            Collections.shuffle(mentees, random);
            Collections.shuffle(mentors, random);
            assertThat(pairs(new AutoMatcher(HardRules.basic(), flat).solve(mentees, mentors))).isEqualTo(first);
        }
    }

    @Test
    void onRandomSmallInstancesTheTotalEqualsTheBruteForceOptimumAndNoRuleIsBroken() {
        Random random = new Random(7);
        for (int round = 0; round < 60; round++) {
            int menteeCount = 1 + random.nextInt(5);
            int mentorCount = 1 + random.nextInt(3);
            List<MatchCandidate> mentees = new ArrayList<>();
            for (int i = 1; i <= menteeCount; i++) {
                Long manager = random.nextInt(3) == 0 ? (long) (100 + 1 + random.nextInt(mentorCount)) : 999L;
                mentees.add(reportingTo(person(i, "Sales", 3), manager));
            }
            List<AutoMatcher.MentorSlots> mentors = new ArrayList<>();
            for (int i = 1; i <= mentorCount; i++) {
                mentors.add(new AutoMatcher.MentorSlots(person(100 + i, "IT", 6), random.nextInt(3)));
            }
            Map<String, Double> totals = new HashMap<>();
            for (MatchCandidate e : mentees) {
                for (AutoMatcher.MentorSlots m : mentors) {
                    totals.put(m.mentor().employeeId() + "-" + e.employeeId(), (double) random.nextInt(101));
                }
            }
            BiFunction<MatchCandidate, MatchCandidate, MatchScore> scorer = table(totals);
            AutoMatcher.Result result = new AutoMatcher(HardRules.basic(), scorer).solve(mentees, mentors);

            Map<Long, Integer> used = new HashMap<>();
            for (AutoMatcher.Pair p : result.pairs()) {
                assertThat(HardRules.basic().eligibility(p.mentor(), p.mentee())).isEmpty();
                used.merge(p.mentor().employeeId(), 1, Integer::sum);
            }
            for (AutoMatcher.MentorSlots m : mentors) {
                assertThat(used.getOrDefault(m.mentor().employeeId(), 0)).isLessThanOrEqualTo(m.freeSlots());
            }
            assertThat(result.pairs().size() + result.unmatched().size()).isEqualTo(menteeCount);
            assertThat(result.totalScore()).isCloseTo(bruteForce(mentees, 0, mentors, new int[mentorCount], scorer),
                    org.assertj.core.data.Offset.offset(1e-6));
        }
    }

    private static double bruteForce(List<MatchCandidate> mentees, int index, List<AutoMatcher.MentorSlots> mentors,
                                     int[] load, BiFunction<MatchCandidate, MatchCandidate, MatchScore> scorer) {
        if (index == mentees.size()) {
            return 0;
        }
        MatchCandidate mentee = mentees.get(index);
        double best = bruteForce(mentees, index + 1, mentors, load, scorer);
        for (int m = 0; m < mentors.size(); m++) {
            MatchCandidate mentor = mentors.get(m).mentor();
            if (load[m] < mentors.get(m).freeSlots() && HardRules.basic().eligibility(mentor, mentee).isEmpty()) {
                load[m]++;
                best = Math.max(best, scorer.apply(mentor, mentee).total()
                        + bruteForce(mentees, index + 1, mentors, load, scorer));
                load[m]--;
            }
        }
        return best;
    }

}
