package com.upward.reporting;

/** {@code numerator} of {@code denominator}, over {@code people} distinct people (for small-cell suppression). */
public record Ratio(long numerator, long denominator, long people) {

    public static final Ratio NONE = new Ratio(0, 0, 0);

    /** 0–100, or null when there is nothing to divide by. */
    public Double percent() {
        return denominator == 0 ? null : 100.0 * numerator / denominator;
    }
}
