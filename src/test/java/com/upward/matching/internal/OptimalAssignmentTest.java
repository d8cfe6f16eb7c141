package com.upward.matching.internal;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/** The pricing loop: started from very few arcs, it must still end at the optimum of the full network. */
class OptimalAssignmentTest {

    /** weight[e][m], or NaN where the pair is not eligible. */
    private static PairArcs arcsOf(double[][] weight) {
        PairArcs arcs = new PairArcs(weight.length);
        for (int e = 0; e < weight.length; e++) {
            for (int m = 0; m < weight[e].length; m++) {
                if (!Double.isNaN(weight[e][m])) {
                    arcs.add(e, m, weight[e][m]);
                }
            }
        }
        return arcs;
    }

    private static double[][] randomWeights(Random random, int mentees, int mentors, int distinctValues) {
        double[][] weight = new double[mentees][mentors];
        for (int e = 0; e < mentees; e++) {
            for (int m = 0; m < mentors; m++) {
                // few distinct values, so there are many ties, as with the real scorer
                weight[e][m] = random.nextInt(5) == 0 ? Double.NaN
                        : Math.max(AutoMatcher.FLOOR, 100.0 * random.nextInt(distinctValues) / distinctValues);
            }
        }
        return weight;
    }

    private static int[] randomSlots(Random random, int mentors, int maxSlots) {
        int[] slots = new int[mentors];
        for (int m = 0; m < mentors; m++) {
            slots[m] = random.nextInt(maxSlots + 1);
        }
        return slots;
    }

    /** Checks the capacities and returns the total weight. */
    private static double total(int[] mentorOf, double[][] weight, int[] slots) {
        int[] load = new int[slots.length];
        double sum = 0;
        for (int e = 0; e < mentorOf.length; e++) {
            if (mentorOf[e] >= 0) {
                assertThat(weight[e][mentorOf[e]]).isNotNaN();
                load[mentorOf[e]]++;
                sum += weight[e][mentorOf[e]];
            }
        }
        for (int m = 0; m < slots.length; m++) {
            assertThat(load[m]).isLessThanOrEqualTo(slots[m]);
        }
        return sum;
    }

    private static double bruteForce(double[][] weight, int e, int[] free) {
        if (e == weight.length) {
            return 0;
        }
        double best = bruteForce(weight, e + 1, free);
        for (int m = 0; m < free.length; m++) {
            if (free[m] > 0 && !Double.isNaN(weight[e][m])) {
                free[m]--;
                best = Math.max(best, weight[e][m] + bruteForce(weight, e + 1, free));
                free[m]++;
            }
        }
        return best;
    }

    @Test
    void fromOneArcPerMenteeAndMentorItReachesTheBruteForceOptimum() {
        Random random = new Random(11);
        int repriced = 0;
        for (int round = 0; round < 300; round++) {
            double[][] weight = randomWeights(random, 1 + random.nextInt(7), 1 + random.nextInt(4), 6);
            int[] slots = randomSlots(random, weight[0].length, 3);
            OptimalAssignment assignment = new OptimalAssignment(arcsOf(weight), slots, 1, 1);
            int[] mentorOf = assignment.solve();
            assertThat(total(mentorOf, weight, slots)).isCloseTo(bruteForce(weight, 0, slots.clone()), offset(1e-9));
            repriced += assignment.solves() > 1 ? 1 : 0;
        }
        assertThat(repriced).as("instances where pricing had to add arcs").isGreaterThan(30);
    }

    @Test
    void onLargerInstancesItAgreesWithTheFullNetworkAndIsDeterministic() {
        Random random = new Random(12);
        for (int round = 0; round < 20; round++) {
            double[][] weight = randomWeights(random, 80, 20, round % 2 == 0 ? 4 : 1000);
            int[] slots = randomSlots(random, 20, 5);
            int[] sparse = new OptimalAssignment(arcsOf(weight), slots, 2, 1).solve();
            int[] full = new OptimalAssignment(arcsOf(weight), slots, Integer.MAX_VALUE, Integer.MAX_VALUE).solve();
            assertThat(total(sparse, weight, slots)).isCloseTo(total(full, weight, slots), offset(1e-9));
            assertThat(new OptimalAssignment(arcsOf(weight), slots, 2, 1).solve()).isEqualTo(sparse);
        }
    }

    @Test
    void noArcsMeansNobodyIsMatched() {
        assertThat(new OptimalAssignment(new PairArcs(3), new int[] {2}).solve()).containsExactly(-1, -1, -1);
    }
}
