package com.upward.matching;

import com.upward.matching.internal.AutoMatcher;
import com.upward.matching.internal.HardRules;
import com.upward.matching.internal.MatchCandidate;
import com.upward.matching.internal.MatchScorer;
import com.upward.matching.internal.MatchWeights;
import com.upward.program.LocationPreference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Times the auto-match optimizer alone on generated cohorts (issue 4's target: 2,000 mentees × 600 mentors with
 * capacity 3 in under 10 s). Not part of the normal run; see docs/benchmarks.md for the command and the figures.
 */
@Tag("benchmark")
class AutoMatchBenchmark {

    private static final String[] DEPARTMENTS = {"Sales", "Engineering", "Finance", "Legal", "People", "Operations"};
    private static final String[] ZONES = {"Europe/Berlin", "America/New_York", "Asia/Singapore", "Europe/London"};
    private static final String[] TOPICS = {"Negotiation", "Public speaking", "Kubernetes", "Hiring", "Budgeting",
            "Giving feedback", "Strategy", "Writing"};

    @ParameterizedTest(name = "{0} mentees x {1} mentors, capacity 3")
    @CsvSource({"600, 200", "2000, 600"})
    void autoMatch(int menteeCount, int mentorCount) {
        Random random = new Random(1);
        List<MatchCandidate> mentees = new ArrayList<>();
        for (int i = 0; i < menteeCount; i++) {
            mentees.add(candidate(i, 1 + random.nextInt(4), Set.of(100_000L + random.nextInt(mentorCount)), 2, random));
        }
        List<AutoMatcher.MentorSlots> mentors = new ArrayList<>();
        for (int i = 0; i < mentorCount; i++) {
            mentors.add(new AutoMatcher.MentorSlots(candidate(100_000 + i, 4 + random.nextInt(5), Set.of(), 3, random), 3));
        }
        var scorer = new MatchScorer(MatchWeights.defaults(), Instant.parse("2026-01-15T12:00:00Z"));

        long start = System.nanoTime();
        AutoMatcher.Result result = new AutoMatcher(HardRules.basic(), scorer::score).solve(mentees, mentors);
        double seconds = (System.nanoTime() - start) / 1e9;

        System.out.printf("auto-match %d x %d (capacity 3): %d matched, total score %.1f, %.1f s%n",
                menteeCount, mentorCount, result.pairs().size(), result.totalScore(), seconds);
        assertThat(result.pairs()).hasSize(Math.min(menteeCount, mentorCount * 3));
    }

    private static MatchCandidate candidate(long id, int level, Set<Long> managerChain, int topicCount, Random random) {
        Set<String> topics = new HashSet<>();
        for (int t = 0; t < topicCount; t++) {
            topics.add(TOPICS[random.nextInt(TOPICS.length)]);
        }
        return new MatchCandidate(id, id, "Person " + id, DEPARTMENTS[random.nextInt(DEPARTMENTS.length)], level,
                Set.of("English"), ZONES[random.nextInt(ZONES.length)], "Berlin", managerChain, topics, null,
                LocationPreference.ANY);
    }
}
