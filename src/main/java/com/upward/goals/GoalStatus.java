package com.upward.goals;

/** PIVOTED means replaced by a better goal after a setback: a success path, not a failure. */
public enum GoalStatus {
    NOT_STARTED, IN_PROGRESS, AT_RISK, ACHIEVED, PIVOTED, DROPPED
}
