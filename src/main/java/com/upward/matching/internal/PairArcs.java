package com.upward.matching.internal;

import java.util.Arrays;

/**
 * The eligible (mentee, mentor) pairs with their weights, in parallel primitive arrays: a big cohort has over a
 * million of them. Arcs are added mentee by mentee, so each mentee's arcs form one run {@code from(e)..to(e)}.
 */
final class PairArcs {

    private int[] mentee = new int[1024];
    private int[] mentor = new int[1024];
    private double[] weight = new double[1024];
    private final int[] start;
    private int size;
    private int lastMentee = -1;

    PairArcs(int menteeCount) {
        start = new int[menteeCount + 1];
    }

    void add(int e, int m, double w) {
        if (e < lastMentee) {
            throw new IllegalArgumentException("Arcs must be added mentee by mentee");
        }
        while (lastMentee < e) {
            start[++lastMentee] = size;
        }
        if (size == mentee.length) {
            mentee = Arrays.copyOf(mentee, size * 2);
            mentor = Arrays.copyOf(mentor, size * 2);
            weight = Arrays.copyOf(weight, size * 2);
        }
        mentee[size] = e;
        mentor[size] = m;
        weight[size++] = w;
    }

    int size() { return size; }
    int menteeCount() { return start.length - 1; }
    int mentee(int k) { return mentee[k]; }
    int mentor(int k) { return mentor[k]; }
    double weight(int k) { return weight[k]; }

    /** First arc of mentee {@code e}. */
    int from(int e) {
        return e <= lastMentee ? start[e] : size;
    }

    /** One past the last arc of mentee {@code e}. */
    int to(int e) {
        return e < lastMentee ? start[e + 1] : size;
    }

    double maxWeight() {
        double max = 0;
        for (int k = 0; k < size; k++) {
            max = Math.max(max, weight[k]);
        }
        return max;
    }
}
