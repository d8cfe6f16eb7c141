package com.upward.matching.internal;

public enum AssignmentEventType {
    ASSIGNED, UNASSIGNED, REMATCHED, PAUSED, RESUMED, ENDED
}
