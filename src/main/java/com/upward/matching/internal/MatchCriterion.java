package com.upward.matching.internal;

/** The scoring criteria of PRODUCT.md ("Matching"), with their default weights (they add up to 100). */
public enum MatchCriterion {
    FOCUS_AREAS("Focus areas vs skills", 30),
    CROSS_DEPARTMENT("Cross-department", 10),
    LEVEL_GAP("Level gap", 20),
    SHARED_LANGUAGE("Shared language", 15),
    TIME_ZONE("Time-zone distance", 15),
    STATED_PREFERENCE("Stated preference", 10);

    private final String label;
    private final int defaultWeight;

    MatchCriterion(String label, int defaultWeight) {
        this.label = label;
        this.defaultWeight = defaultWeight;
    }

    public String label() { return label; }
    public int defaultWeight() { return defaultWeight; }
}
