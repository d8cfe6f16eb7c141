package com.upward.reporting.internal;

import com.upward.reporting.ColleagueComparison.Difference;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;

/**
 * The 95 % interval of a difference of two proportions by Newcombe's hybrid score method (Newcombe 1998, method 10):
 * each proportion's Wilson score interval comes from Commons Math, and the two are combined by the square-root rule.
 * It stays inside −1 to 1 and behaves at rates of 0 % and 100 %, where the plain Wald interval collapses.
 */
final class DifferenceInterval {

    static final double LEVEL = 0.95;

    private DifferenceInterval() {
    }

    /** {@code x1} of {@code n1} against {@code x2} of {@code n2}. */
    static Difference of(int x1, int n1, int x2, int n2) {
        return of((double) x1 / n1, wilson(x1, n1), (double) x2 / n2, wilson(x2, n2));
    }

    /**
     * A rate against a weighted rate: the weighted group's Wilson interval is that of its effective size (Kish,
     * rounded to whole people) around the weighted rate; with equal weights it is exactly {@link #of(int, int, int,
     * int)}.
     */
    static Difference weighted(int x1, int n1, double rate2, double effectiveSize2) {
        int n2 = Math.max(1, (int) Math.round(effectiveSize2));
        int x2 = (int) Math.round(rate2 * n2);
        ConfidenceInterval w2 = wilson(x2, n2);
        // the interval keeps its width around the weighted rate itself, so the estimate is always inside it
        double shift = rate2 - (double) x2 / n2;
        return of((double) x1 / n1, wilson(x1, n1), rate2, new ConfidenceInterval(
                Math.max(0, w2.getLowerBound() + shift), Math.min(1, w2.getUpperBound() + shift), LEVEL));
    }

    private static ConfidenceInterval wilson(int successes, int trials) {
        return new WilsonScoreInterval().createInterval(trials, successes, LEVEL);
    }

    private static Difference of(double p1, ConfidenceInterval w1, double p2, ConfidenceInterval w2) {
        double d = p1 - p2;
        double lower = d - Math.hypot(p1 - w1.getLowerBound(), w2.getUpperBound() - p2);
        double upper = d + Math.hypot(w1.getUpperBound() - p1, p2 - w2.getLowerBound());
        return new Difference(d, lower, upper);
    }
}
