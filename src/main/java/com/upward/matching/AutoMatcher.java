package com.upward.matching;

import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.MatchingAlgorithm;
import org.jgrapht.alg.matching.MaximumWeightBipartiteMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Globally optimal auto-match: a maximum-weight bipartite matching (JGraphT) between mentees and mentor slots.
 * Each mentor is expanded into one slot per free place; edges exist only for pairs that pass the hard rules, weighted
 * by the score. Inputs are sorted by enrollment id first, so the same cohort always gives the same answer.
 */
public final class AutoMatcher {

    /** A mentor and how many more mentees they can take. */
    public record MentorSlots(MatchCandidate mentor, int freeSlots) {
    }

    public record Pair(MatchCandidate mentor, MatchCandidate mentee, MatchScore score) {
    }

    public enum UnmatchedReason {
        NO_ELIGIBLE_MENTOR("No mentor passes the hard rules for this mentee"),
        ALL_ELIGIBLE_MENTORS_FULL("Every eligible mentor is already full");

        private final String message;

        UnmatchedReason(String message) {
            this.message = message;
        }

        public String message() { return message; }
    }

    public record Unmatched(MatchCandidate mentee, UnmatchedReason reason) {
    }

    public record Result(List<Pair> pairs, List<Unmatched> unmatched) {

        public double totalScore() {
            return pairs.stream().mapToDouble(p -> p.score().total()).sum();
        }
    }

    private record Slot(int mentorIndex, int slot) {
    }

    private final HardRules rules;
    private final BiFunction<MatchCandidate, MatchCandidate, MatchScore> scorer;

    public AutoMatcher(HardRules rules, BiFunction<MatchCandidate, MatchCandidate, MatchScore> scorer) {
        this.rules = rules;
        this.scorer = scorer;
    }

    public Result solve(List<MatchCandidate> mentees, List<MentorSlots> mentors) {
        List<MatchCandidate> menteeList = new ArrayList<>(mentees);
        menteeList.sort(Comparator.comparingLong(MatchCandidate::enrollmentId));
        List<MentorSlots> mentorList = new ArrayList<>(mentors);
        mentorList.sort(Comparator.comparingLong(m -> m.mentor().enrollmentId()));

        Graph<Object, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        Set<Object> menteeSide = new LinkedHashSet<>();
        Set<Object> slotSide = new LinkedHashSet<>();
        List<List<Slot>> slotsOf = new ArrayList<>();
        for (int m = 0; m < mentorList.size(); m++) {
            List<Slot> slots = new ArrayList<>();
            for (int s = 0; s < mentorList.get(m).freeSlots(); s++) {
                Slot slot = new Slot(m, s);
                graph.addVertex(slot);
                slotSide.add(slot);
                slots.add(slot);
            }
            slotsOf.add(slots);
        }
        Map<MatchCandidate, Map<Integer, MatchScore>> scores = new HashMap<>();
        List<Unmatched> unmatched = new ArrayList<>();
        Map<MatchCandidate, Boolean> hasEligible = new HashMap<>();
        for (MatchCandidate mentee : menteeList) {
            graph.addVertex(mentee);
            menteeSide.add(mentee);
            Map<Integer, MatchScore> byMentor = new HashMap<>();
            boolean eligible = false;
            for (int m = 0; m < mentorList.size(); m++) {
                MatchCandidate mentor = mentorList.get(m).mentor();
                if (rules.eligibility(mentor, mentee).isPresent()) {
                    continue;
                }
                eligible = true;
                if (slotsOf.get(m).isEmpty()) {
                    continue;
                }
                MatchScore score = scorer.apply(mentor, mentee);
                byMentor.put(m, score);
                // a tiny floor so an eligible zero-score pair is still better than leaving the mentee out
                double weight = Math.max(score.total(), 0.001);
                for (Slot slot : slotsOf.get(m)) {
                    graph.setEdgeWeight(graph.addEdge(mentee, slot), weight);
                }
            }
            hasEligible.put(mentee, eligible);
            scores.put(mentee, byMentor);
        }
        MatchingAlgorithm.Matching<Object, DefaultWeightedEdge> matching =
                new MaximumWeightBipartiteMatching<>(graph, menteeSide, slotSide).getMatching();

        List<Pair> pairs = new ArrayList<>();
        for (MatchCandidate mentee : menteeList) {
            if (!matching.isMatched(mentee)) {
                unmatched.add(new Unmatched(mentee, hasEligible.get(mentee)
                        ? UnmatchedReason.ALL_ELIGIBLE_MENTORS_FULL : UnmatchedReason.NO_ELIGIBLE_MENTOR));
                continue;
            }
            for (DefaultWeightedEdge edge : graph.edgesOf(mentee)) {
                if (matching.getEdges().contains(edge)) {
                    Slot slot = (Slot) graph.getEdgeTarget(edge);
                    pairs.add(new Pair(mentorList.get(slot.mentorIndex()).mentor(), mentee,
                            scores.get(mentee).get(slot.mentorIndex())));
                    break;
                }
            }
        }
        return new Result(List.copyOf(pairs), List.copyOf(unmatched));
    }
}
