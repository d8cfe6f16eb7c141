package com.upward.matching.internal;

public enum AssignmentEventType {
    ASSIGNED, UNASSIGNED, REMATCHED, PAUSED, RESUMED, ENDED,
    /** Pair acceptance and self-match (issue 24): a pair waiting for answers, each answer, HR's withdrawal. */
    PROPOSED, REQUESTED, ACCEPTED, CONFIRMED, DECLINED, WITHDRAWN
}
