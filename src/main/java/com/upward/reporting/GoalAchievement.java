package com.upward.reporting;

/** Goals of one type: ACHIEVED of all, and how many were PIVOTED (shown beside it). */
public record GoalAchievement(Ratio achieved, long pivoted) {

    public static final GoalAchievement NONE = new GoalAchievement(Ratio.NONE, 0);
}
