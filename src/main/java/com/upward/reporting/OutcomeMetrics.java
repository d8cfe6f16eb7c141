package com.upward.reporting;

/** Every metric of PRODUCT.md for one scope, as the database counted it. */
public record OutcomeMetrics(long mentees, long mentors, Ratio matchRate, Ratio completion, Ratio onTime,
                             GoalAchievement learningGoals, GoalAchievement outcomeGoals, Ratio failingForward,
                             Ratio bounceBack, Mean growthDelta, Nps nps, Mean relationship, long atRiskPairs,
                             MentorLoad mentorLoad) {
}
