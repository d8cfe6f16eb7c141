package com.upward.matching;

public enum AssignmentStatus {
    PROPOSED, ACTIVE, PAUSED, ENDED
}
