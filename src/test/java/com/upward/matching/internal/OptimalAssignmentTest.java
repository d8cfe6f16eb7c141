package com.upward.matching.internal;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
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

    @Test
    void fromOneArcPerMenteeAndMentorItReachesTheBruteForceOptimum() {
        Random random = new Random(11);
        int repriced = 0;
        for (int round = 0; round < 300; round++) {
            double[][] weight = randomWeights(random, 1 + random.nextInt(7), 1 + random.nextInt(4), 6);
            int[] slots = randomSlots(random, weight[0].length, 3);
            OptimalAssignment assignment = new OptimalAssignment(arcsOf(weight), slots, none(slots), 1, 1);
            int[] mentorOf = assignment.solve();
            assertThat(total(mentorOf, weight, slots)).isCloseTo(
                    bruteForce(weight, 0, slots.clone(), new int[slots.length], none(slots), 0), offset(1e-9));
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
            int[] sparse = new OptimalAssignment(arcsOf(weight), slots, none(slots), 2, 1).solve();
            int[] full = new OptimalAssignment(arcsOf(weight), slots, none(slots), Integer.MAX_VALUE,
                    Integer.MAX_VALUE).solve();
            assertThat(total(sparse, weight, slots)).isCloseTo(total(full, weight, slots), offset(1e-9));
            assertThat(new OptimalAssignment(arcsOf(weight), slots, none(slots), 2, 1).solve()).isEqualTo(sparse);
        }
    }

    private static OptimalAssignment.LoadSpread none(int[] slots) {
        return OptimalAssignment.LoadSpread.none(slots.length);
    }

    /** Total weight, plus the bonus per matched mentee, minus the spread penalty: what the solver maximises. */
    private static double objective(int[] mentorOf, double[][] weight, int[] slots, OptimalAssignment.LoadSpread spread,
                                    double bonus) {
        int[] added = new int[slots.length];
        double value = total(mentorOf, weight, slots);
        for (int e = 0; e < mentorOf.length; e++) {
            if (mentorOf[e] >= 0) {
                value += bonus - spread.marginal(mentorOf[e], added[mentorOf[e]]++);
            }
        }
        return value;
    }

    /** Every assignment, with the penalty of each mentor's next mentee counted as it is added. */
    private static double bruteForce(double[][] weight, int e, int[] free, int[] added,
                                     OptimalAssignment.LoadSpread spread, double bonus) {
        if (e == weight.length) {
            return 0;
        }
        double best = bruteForce(weight, e + 1, free, added, spread, bonus);
        for (int m = 0; m < free.length; m++) {
            if (free[m] > 0 && !Double.isNaN(weight[e][m])) {
                double pair = weight[e][m] + bonus - spread.marginal(m, added[m]);
                free[m]--;
                added[m]++;
                best = Math.max(best, pair + bruteForce(weight, e + 1, free, added, spread, bonus));
                added[m]--;
                free[m]++;
            }
        }
        return best;
    }

    @Test
    void withALoadSpreadItReachesTheBruteForceOptimumOfFitMinusPenalty() {
        Random random = new Random(13);
        int spreadChangedTheAnswer = 0;
        for (int round = 0; round < 400; round++) {
            double[][] weight = randomWeights(random, 1 + random.nextInt(7), 1 + random.nextInt(4), 6);
            int mentors = weight[0].length;
            int[] slots = randomSlots(random, mentors, 4);
            int[] load = randomSlots(random, mentors, 2);
            var spread = new OptimalAssignment.LoadSpread(load, 25.0 * random.nextInt(5) / 4);
            OptimalAssignment assignment = new OptimalAssignment(arcsOf(weight), slots, spread, 1, 1);
            int[] mentorOf = assignment.solve();
            double bonus = assignment.matchBonus();
            assertThat(objective(mentorOf, weight, slots, spread, bonus)).isCloseTo(
                    bruteForce(weight, 0, slots.clone(), new int[mentors], spread, bonus), offset(1e-6));
            int[] fitOnly = new OptimalAssignment(arcsOf(weight), slots, none(slots), 1, 1).solve();
            spreadChangedTheAnswer += Arrays.equals(fitOnly, mentorOf) ? 0 : 1;
        }
        assertThat(spreadChangedTheAnswer).as("instances where the spread changed the assignment").isGreaterThan(30);
    }

    @Test
    void withALoadSpreadNoMenteeIsLeftOutWhoCouldHaveBeenMatchedAlone() {
        // one mentee, one mentor who already has many: the penalty is larger than the score, yet the pair is made
        double[][] weight = {{5.0}};
        var spread = new OptimalAssignment.LoadSpread(new int[] {8}, 25);
        assertThat(new OptimalAssignment(arcsOf(weight), new int[] {1}, spread).solve()).containsExactly(0);
    }

    @Test
    void aStrongSpreadGivesEveryMentorOneBeforeAnyoneGetsASecond() {
        // four mentees who all fit mentor 0 best; four mentors with room for four each
        double[][] weight = new double[4][4];
        for (double[] row : weight) {
            Arrays.fill(row, 40.0);
            row[0] = 60.0;
        }
        int[] slots = {4, 4, 4, 4};
        assertThat(new OptimalAssignment(arcsOf(weight), slots, none(slots)).solve()).containsOnly(0);
        var strong = new OptimalAssignment.LoadSpread(new int[4], 25);
        assertThat(new OptimalAssignment(arcsOf(weight), slots, strong).solve()).containsExactlyInAnyOrder(0, 1, 2, 3);
        // a weaker spread trades: mentor 0's k-th mentee gains 20 and costs 8 × (k − 1), so three go there
        var weak = new OptimalAssignment.LoadSpread(new int[4], 8);
        int[] withWeak = new OptimalAssignment(arcsOf(weight), slots, weak).solve();
        assertThat(Arrays.stream(withWeak).filter(m -> m == 0).count()).isEqualTo(3);
    }

    @Test
    void noArcsMeansNobodyIsMatched() {
        assertThat(new OptimalAssignment(new PairArcs(3), new int[] {2}, none(new int[] {2})).solve()).containsExactly(-1, -1, -1);
    }
}
