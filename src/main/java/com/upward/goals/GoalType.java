package com.upward.goals;

/** LEARNING: a capability to build. OUTCOME: a result to deliver. */
public enum GoalType {
    LEARNING, OUTCOME
}
