package com.upward.matching.internal;

import com.upward.base.ui.Translations;

import java.util.Locale;

import static com.upward.base.ui.Translations.tr;

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

    /**
     * "5 points of score for each mentee the mentor already has", or that the load is ignored; for the screen, in
     * the reader's language (the board's weights dialog and auto-match preview show it).
     */
    public static String explain(int weight) {
        if (weight == 0) {
            return tr("matching.weights.spread.ignored");
        }
        double step = step(weight);
        return tr("matching.weights.spread.cost", step, number(step, Translations.locale()));
    }

    /** A whole number of points as such ("5"), else with two decimals ("1.25", "1,25"). */
    private static String number(double step, Locale locale) {
        return step == Math.rint(step) ? String.valueOf((long) step) : String.format(locale, "%.2f", step);
    }
}
