package com.upward.matching.internal;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.graph.DirectedWeightedMultigraph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * Maximum-weight assignment of mentees to mentors under capacities, as a minimum-cost flow solved by JGraphT's
 * {@link CapacityScalingMinimumCostFlow}. Every mentee sends one unit to the sink, through a mentor (whose arc to the
 * sink carries the free places) or straight to the sink, which means "unmatched".
 * <p>
 * The solver first sees only each mentee's and each mentor's heaviest arcs. The node potentials of its optimal flow
 * then price every arc left out: if none has a negative reduced cost, the flow is optimal for the full network too
 * (LP duality: the flow and the potentials satisfy complementary slackness on every arc). Otherwise the offending arcs
 * are added and the network is solved again. See docs/decisions/006-auto-match-min-cost-flow.md.
 * <p>
 * An even spread of mentees is priced on the mentor's way to the sink: a mentor's free places become arcs of one
 * place each, the next one dearer by {@link LoadSpread#step()} for each mentee the mentor would already have. The
 * costs grow with the load (convex), so the cheapest flow fills a mentor's places in order and its cost is exactly
 * the spread penalty: the flow stays optimal for "total weight minus spread penalty" (decision 006).
 */
final class OptimalAssignment {

    /** Arcs per mentee and per mentor in the first solve; only speed depends on them, never the result. */
    static final int ARCS_PER_MENTEE = 20;
    static final int ARCS_PER_MENTOR = 10;
    /** Slack on reduced costs for floating-point noise; costs are at most about 100. */
    static final double EPSILON = 1e-9;

    /**
     * The price of an uneven load: a mentor who would get a mentee while already having {@code k} (running pairs
     * counted in {@code currentLoad}) costs {@code step * k}. A step of 0 ignores the load.
     */
    record LoadSpread(int[] currentLoad, double step) {

        LoadSpread {
            if (step < 0) {
                throw new IllegalArgumentException("The spread step cannot be negative");
            }
        }

        static LoadSpread none(int mentors) {
            return new LoadSpread(new int[mentors], 0);
        }

        /** The cost of mentor {@code m}'s {@code j}-th new mentee (from 0). */
        double marginal(int m, int j) {
            return step * (currentLoad[m] + j);
        }
    }

    private final PairArcs arcs;
    private final int[] freeSlots;
    private final LoadSpread spread;
    private final int arcsPerMentee;
    private final int arcsPerMentor;
    private final double top;
    private int solves;

    OptimalAssignment(PairArcs arcs, int[] freeSlots, LoadSpread spread) {
        this(arcs, freeSlots, spread, ARCS_PER_MENTEE, ARCS_PER_MENTOR);
    }

    OptimalAssignment(PairArcs arcs, int[] freeSlots, LoadSpread spread, int arcsPerMentee, int arcsPerMentor) {
        this.arcs = arcs;
        this.freeSlots = freeSlots;
        this.spread = spread;
        this.arcsPerMentee = arcsPerMentee;
        this.arcsPerMentor = arcsPerMentor;
        this.top = arcs.maxWeight();
    }

    /**
     * What every matched mentee adds to the objective on top of its weight: the dearest place any mentor offers, so
     * that no mentee is left out only to keep the load even (with one pair possible, taking it always pays).
     */
    double matchBonus() {
        double dearest = 0;
        for (int m = 0; m < freeSlots.length; m++) {
            if (freeSlots[m] > 0) {
                dearest = Math.max(dearest, spread.marginal(m, freeSlots[m] - 1));
            }
        }
        return dearest;
    }

    /** The mentor index of each mentee, or -1 for unmatched. */
    int[] solve() {
        if (arcs.size() == 0) {
            int[] none = new int[arcs.menteeCount()];
            Arrays.fill(none, -1);
            return none;
        }
        BitSet used = firstArcs();
        while (true) {
            Network network = new Network(used.stream().toArray());
            BitSet missing = network.negativeReducedCostArcs(used);
            if (missing.isEmpty()) {
                return network.mentorOf;
            }
            used.or(missing);
        }
    }

    /** How many times the solver ran in the last {@link #solve()}. */
    int solves() {
        return solves;
    }

    private BitSet firstArcs() {
        BitSet chosen = new BitSet(arcs.size());
        int[] byMentee = new int[arcs.size()];
        for (int a = 0; a < byMentee.length; a++) {
            byMentee[a] = a;
        }
        for (int e = 0; e < arcs.menteeCount(); e++) {
            keepHeaviest(byMentee, arcs.from(e), arcs.to(e), arcsPerMentee, e, chosen);
        }
        int[] start = new int[freeSlots.length + 1];
        for (int a = 0; a < arcs.size(); a++) {
            start[arcs.mentor(a) + 1]++;
        }
        for (int m = 0; m < freeSlots.length; m++) {
            start[m + 1] += start[m];
        }
        int[] next = Arrays.copyOf(start, freeSlots.length);
        int[] byMentor = new int[arcs.size()];
        for (int a = 0; a < arcs.size(); a++) {
            byMentor[next[arcs.mentor(a)]++] = a;
        }
        for (int m = 0; m < freeSlots.length; m++) {
            keepHeaviest(byMentor, start[m], start[m + 1], arcsPerMentor, m, chosen);
        }
        return chosen;
    }

    /**
     * Marks the {@code k} heaviest arcs of {@code list[from..to)}. Ties at the cut are taken cyclically from position
     * {@code rotation}, so that when many scores are equal, mentees do not all get the same few mentors.
     */
    private void keepHeaviest(int[] list, int from, int to, int k, int rotation, BitSet chosen) {
        int n = to - from;
        if (n <= k) {
            for (int i = from; i < to; i++) {
                chosen.set(list[i]);
            }
            return;
        }
        double[] sorted = new double[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = arcs.weight(list[from + i]);
        }
        Arrays.sort(sorted);
        double cut = sorted[n - k];
        int taken = 0;
        for (int i = from; i < to; i++) {
            if (arcs.weight(list[i]) > cut) {
                chosen.set(list[i]);
                taken++;
            }
        }
        for (int j = 0; j < n && taken < k; j++) {
            int arc = list[from + (rotation + j) % n];
            if (arcs.weight(arc) == cut) {
                chosen.set(arc);
                taken++;
            }
        }
    }

    /**
     * One solve on the pair arcs {@code ids}. Vertices: mentees 0..n-1, mentors n..n+m-1, the sink n+m. Edge ids: the
     * pair arcs 0..k-1 (capacity 1), one "unmatched" arc per mentee (capacity 1), then the mentors' arcs to the sink:
     * one carrying all free places at no cost when the load is not priced, else one per free place at its
     * {@link LoadSpread#marginal}. Costs are {@code top - weight} on pair arcs and {@code top + bonus} on unmatched
     * arcs: all non-negative (the solver would turn negative costs into large excesses), and the minimum cost is
     * {@code n * (top + bonus)} minus the maximum of total weight plus bonus per match minus spread penalty, so both
     * have the same optimal flows.
     */
    private final class Network {

        final int[] mentorOf;
        private final Map<Integer, Double> potential;

        Network(int[] ids) {
            solves++;
            int menteeCount = arcs.menteeCount();
            int sink = menteeCount + freeSlots.length;
            int unmatchedBase = ids.length;
            int mentorBase = unmatchedBase + menteeCount;
            Graph<Integer, Integer> graph = new DirectedWeightedMultigraph<>(null, null);
            for (int v = 0; v <= sink; v++) {
                graph.addVertex(v);
            }
            for (int i = 0; i < ids.length; i++) {
                addEdge(graph, arcs.mentee(ids[i]), menteeCount + arcs.mentor(ids[i]), i, top - arcs.weight(ids[i]));
            }
            double unmatchedCost = top + matchBonus();
            for (int e = 0; e < menteeCount; e++) {
                addEdge(graph, e, sink, unmatchedBase + e, unmatchedCost);
            }
            List<Integer> placeCapacity = new ArrayList<>();
            for (int m = 0; m < freeSlots.length; m++) {
                if (spread.step() == 0) {
                    addEdge(graph, menteeCount + m, sink, mentorBase + placeCapacity.size(), 0);
                    placeCapacity.add(freeSlots[m]);
                } else {
                    for (int j = 0; j < freeSlots[m]; j++) {
                        addEdge(graph, menteeCount + m, sink, mentorBase + placeCapacity.size(), spread.marginal(m, j));
                        placeCapacity.add(1);
                    }
                }
            }
            MinimumCostFlowProblem<Integer, Integer> problem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
                    graph, v -> v < menteeCount ? 1 : v == sink ? -menteeCount : 0,
                    edge -> edge < mentorBase ? 1 : placeCapacity.get(edge - mentorBase));
            CapacityScalingMinimumCostFlow<Integer, Integer> solver = new CapacityScalingMinimumCostFlow<>();
            Map<Integer, Double> flow = solver.getMinimumCostFlow(problem).getFlowMap();
            if (!solver.testOptimality(EPSILON)) {
                throw new IllegalStateException("The min-cost flow solver returned a flow it cannot prove optimal");
            }
            potential = solver.getDualSolution();
            mentorOf = new int[menteeCount];
            Arrays.fill(mentorOf, -1);
            for (int i = 0; i < ids.length; i++) {
                if (flow.get(i) > 0.5) {
                    mentorOf[arcs.mentee(ids[i])] = arcs.mentor(ids[i]);
                }
            }
        }

        /** The arcs not in this network whose reduced cost under its potentials is negative. */
        BitSet negativeReducedCostArcs(BitSet used) {
            int menteeCount = arcs.menteeCount();
            double[] menteePotential = new double[menteeCount];
            double[] mentorPotential = new double[freeSlots.length];
            for (int e = 0; e < menteeCount; e++) {
                menteePotential[e] = potential.get(e);
            }
            for (int m = 0; m < freeSlots.length; m++) {
                mentorPotential[m] = potential.get(menteeCount + m);
            }
            BitSet missing = new BitSet();
            for (int a = used.nextClearBit(0); a < arcs.size(); a = used.nextClearBit(a + 1)) {
                // the solver's convention: cost + potential(head) - potential(tail)
                double reduced = top - arcs.weight(a) + mentorPotential[arcs.mentor(a)]
                        - menteePotential[arcs.mentee(a)];
                if (reduced < -EPSILON) {
                    missing.set(a);
                }
            }
            return missing;
        }
    }

    private static void addEdge(Graph<Integer, Integer> graph, int from, int to, int id, double cost) {
        graph.addEdge(from, to, id);
        graph.setEdgeWeight(id, cost);
    }
}
