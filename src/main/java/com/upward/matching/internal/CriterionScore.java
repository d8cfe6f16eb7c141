package com.upward.matching.internal;

/** One criterion's part of a score: its weight, a 0–1 sub-score and why. */
public record CriterionScore(MatchCriterion criterion, int weight, double subScore, String reason) {
}
