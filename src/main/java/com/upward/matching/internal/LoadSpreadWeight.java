package com.upward.matching.internal;

import java.util.Locale;

/**
 * HR's weight (0–100) for an even spread of mentees across mentors in auto-match, against fit. Weight {@code w}
 * makes a mentor's next mentee cost {@code w / 4} points of score for each mentee they already have: at 100, a
 * mentor with two mentees takes a third only for a pair 50 points better than with a mentor who has none.
 */
public final class LoadSpreadWeight {

    public static final int DEFAULT = 20;
    public static final int MAX = 100;
    static final double POINTS_PER_WEIGHT = 0.25;

    private LoadSpreadWeight() {
    }

    /** The points of score a mentor's next mentee costs per mentee they already have. */
    public static double step(int weight) {
        return weight * POINTS_PER_WEIGHT;
    }

    /** "5 points of score for each mentee the mentor already has", or that the load is ignored. */
    public static String explain(int weight) {
        if (weight == 0) {
            return "Auto-match looks at the score only; mentees may gather with a few mentors.";
        }
        return "A mentor's next mentee costs " + points(step(weight))
                + " of score for each mentee the mentor already has.";
    }

    private static String points(double step) {
        String number = step == Math.rint(step) ? String.valueOf((long) step) : String.format(Locale.ROOT, "%.2f", step);
        return number + (step == 1 ? " point" : " points");
    }

    static void check(int weight) {
        if (weight < 0 || weight > MAX) {
            throw new IllegalArgumentException("The spread weight must be between 0 and 100");
        }
    }
}
