package com.upward.matching.internal;

import com.upward.base.i18n.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Globally optimal auto-match: the assignment of mentees to mentors with the largest total score under the mentors'
 * free places, less a penalty for an uneven load when HR asks for a spread, found as a minimum-cost flow by JGraphT
 * ({@link OptimalAssignment}). Only pairs that pass the hard rules can be chosen; a mentee is left unmatched rather
 * than break one. Inputs are sorted by enrollment id first, so the same cohort always gives the same answer.
 */
public final class AutoMatcher {

    /** A mentor, how many mentees they have now (counted for the spread) and how many more they can take. */
    public record MentorSlots(MatchCandidate mentor, int currentLoad, int freeSlots) {

        public MentorSlots(MatchCandidate mentor, int freeSlots) {
            this(mentor, 0, freeSlots);
        }
    }

    public record Pair(MatchCandidate mentor, MatchCandidate mentee, MatchScore score) {
    }

    public enum UnmatchedReason {
        NO_ELIGIBLE_MENTOR,
        ALL_ELIGIBLE_MENTORS_FULL;

        public Text text() {
            return Text.of("matching.rule.unmatched." + name());
        }
    }

    public record Unmatched(MatchCandidate mentee, UnmatchedReason reason) {
    }

    public record Result(List<Pair> pairs, List<Unmatched> unmatched) {

        public double totalScore() {
            return pairs.stream().mapToDouble(p -> p.score().total()).sum();
        }
    }

    /** A tiny floor so an eligible zero-score pair is still better than leaving the mentee out. */
    static final double FLOOR = 0.001;
    private final HardRules rules;
    private final BiFunction<MatchCandidate, MatchCandidate, MatchScore> scorer;
    private final double spreadStep;

    /** {@code scorer} must be a pure function: it is called once per eligible pair and again for the chosen pairs. */
    public AutoMatcher(HardRules rules, BiFunction<MatchCandidate, MatchCandidate, MatchScore> scorer) {
        this(rules, scorer, 0);
    }

    /**
     * {@code spreadStep}: the points of score a mentor's next mentee costs for each mentee the mentor already has
     * ({@link LoadSpreadWeight#step}); 0 looks at the score only.
     */
    public AutoMatcher(HardRules rules, BiFunction<MatchCandidate, MatchCandidate, MatchScore> scorer,
                       double spreadStep) {
        this.rules = rules;
        this.scorer = scorer;
        this.spreadStep = spreadStep;
    }

    public Result solve(List<MatchCandidate> mentees, List<MentorSlots> mentors) {
        List<MatchCandidate> menteeList = new ArrayList<>(mentees);
        menteeList.sort(Comparator.comparingLong(MatchCandidate::enrollmentId));
        List<MentorSlots> mentorList = new ArrayList<>(mentors);
        mentorList.sort(Comparator.comparingLong(m -> m.mentor().enrollmentId()));

        PairArcs arcs = new PairArcs(menteeList.size());
        boolean[] eligible = new boolean[menteeList.size()];
        for (int e = 0; e < menteeList.size(); e++) {
            MatchCandidate mentee = menteeList.get(e);
            for (int m = 0; m < mentorList.size(); m++) {
                MatchCandidate mentor = mentorList.get(m).mentor();
                if (rules.eligibility(mentor, mentee).isPresent()) {
                    continue;
                }
                eligible[e] = true;
                if (mentorList.get(m).freeSlots() > 0) {
                    arcs.add(e, m, Math.max(scorer.apply(mentor, mentee).total(), FLOOR));
                }
            }
        }
        int[] freeSlots = mentorList.stream().mapToInt(m -> Math.max(0, m.freeSlots())).toArray();
        int[] currentLoad = mentorList.stream().mapToInt(m -> Math.max(0, m.currentLoad())).toArray();
        int[] mentorOf = new OptimalAssignment(arcs, freeSlots,
                new OptimalAssignment.LoadSpread(currentLoad, spreadStep)).solve();

        List<Pair> pairs = new ArrayList<>();
        List<Unmatched> unmatched = new ArrayList<>();
        for (int e = 0; e < menteeList.size(); e++) {
            MatchCandidate mentee = menteeList.get(e);
            if (mentorOf[e] < 0) {
                unmatched.add(new Unmatched(mentee, eligible[e]
                        ? UnmatchedReason.ALL_ELIGIBLE_MENTORS_FULL : UnmatchedReason.NO_ELIGIBLE_MENTOR));
            } else {
                // scored again rather than keeping a breakdown alive for each of a million pairs
                MatchCandidate mentor = mentorList.get(mentorOf[e]).mentor();
                pairs.add(new Pair(mentor, mentee, scorer.apply(mentor, mentee)));
            }
        }
        return new Result(List.copyOf(pairs), List.copyOf(unmatched));
    }
}
