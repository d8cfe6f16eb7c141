package com.upward.program;

import java.util.Set;

/** Lifecycle of a cohort: DRAFT → ENROLLING → ACTIVE → COMPLETED → ARCHIVED, or CANCELLED before it starts. */
public enum CohortStatus {
    DRAFT, ENROLLING, ACTIVE, COMPLETED, ARCHIVED, CANCELLED;

    private static final Set<CohortStatus> LIFECYCLE = Set.of(DRAFT, ENROLLING, ACTIVE, COMPLETED, ARCHIVED);

    /**
     * Whether a cohort in this status may move to {@code target}: one step forward along the lifecycle
     * (never back, never skipping a step), or to CANCELLED from DRAFT or ENROLLING. ARCHIVED and CANCELLED are final.
     */
    public boolean canMoveTo(CohortStatus target) {
        if (target == null) {
            return false;
        }
        if (target == CANCELLED) {
            return this == DRAFT || this == ENROLLING;
        }
        return LIFECYCLE.contains(this) && LIFECYCLE.contains(target) && target.ordinal() == ordinal() + 1;
    }

    /** Whether no further move is possible. */
    public boolean isFinal() {
        return this == ARCHIVED || this == CANCELLED;
    }
}
