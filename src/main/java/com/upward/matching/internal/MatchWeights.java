package com.upward.matching.internal;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A weight (0–100) per criterion; criteria without an explicit weight use their default. */
public record MatchWeights(Map<MatchCriterion, Integer> weights) {

    public static final int MAX_WEIGHT = 100;

    public MatchWeights {
        EnumMap<MatchCriterion, Integer> all = new EnumMap<>(MatchCriterion.class);
        for (MatchCriterion c : MatchCriterion.values()) {
            int w = weights.getOrDefault(c, c.defaultWeight());
            if (w < 0 || w > MAX_WEIGHT) {
                throw new IllegalArgumentException("Weight of " + c.label() + " must be between 0 and 100");
            }
            all.put(c, w);
        }
        weights = Map.copyOf(all);
    }

    public static MatchWeights defaults() {
        return new MatchWeights(Map.of());
    }

    public int of(MatchCriterion criterion) {
        return weights.get(criterion);
    }

    /** "Focus areas vs skills 30, Cross-department 10, …" in the criteria's order. */
    public String describe() {
        return Arrays.stream(MatchCriterion.values()).map(c -> c.label() + " " + of(c))
                .collect(Collectors.joining(", "));
    }
}
