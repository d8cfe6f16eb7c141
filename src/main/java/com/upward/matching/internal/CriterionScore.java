package com.upward.matching.internal;

import com.upward.base.i18n.Text;

/** One criterion's part of a score: its weight, a 0–1 sub-score and why (in the reader's language when read). */
public record CriterionScore(MatchCriterion criterion, int weight, double subScore, Text reason) {
}
