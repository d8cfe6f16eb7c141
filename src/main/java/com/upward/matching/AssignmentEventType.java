package com.upward.matching;

public enum AssignmentEventType {
    ASSIGNED, UNASSIGNED, REMATCHED, PAUSED, RESUMED, ENDED
}
