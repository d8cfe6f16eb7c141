package com.upward.program.internal;

import com.upward.program.CohortStatus;

import static com.upward.program.CohortStatus.ACTIVE;
import static com.upward.program.CohortStatus.ARCHIVED;
import static com.upward.program.CohortStatus.CANCELLED;
import static com.upward.program.CohortStatus.COMPLETED;
import static com.upward.program.CohortStatus.DRAFT;
import static com.upward.program.CohortStatus.ENROLLING;

/** A step HR takes in a cohort's lifecycle, with the status it leads to. */
public enum CohortMove {
    OPEN_ENROLLMENT(ENROLLING),
    START(ACTIVE),
    COMPLETE(COMPLETED),
    ARCHIVE(ARCHIVED),
    CANCEL(CANCELLED);

    private final CohortStatus target;

    CohortMove(CohortStatus target) {
        this.target = target;
    }

    public CohortStatus target() {
        return target;
    }

    /**
     * Why a cohort in status {@code from} cannot take this step, or null when the lifecycle allows it. Further rules
     * (the enrollment window, unmatched mentees, the start date) are checked by the service.
     */
    public String refusalFor(CohortStatus from) {
        if (from.canMoveTo(target)) {
            return null;
        }
        if (from == ARCHIVED) {
            return "Cannot " + verb() + ": the cohort is archived.";
        }
        if (from == CANCELLED) {
            return "Cannot " + verb() + ": the cohort was cancelled.";
        }
        return switch (this) {
            case OPEN_ENROLLMENT -> from == ENROLLING ? "Cannot open enrollment: enrollment is already open."
                    : "Cannot open enrollment: the cohort has already started.";
            case START -> from == DRAFT ? "Cannot start: open enrollment first."
                    : from == ACTIVE ? "Cannot start: the cohort has already started."
                    : "Cannot start: the cohort is completed.";
            case COMPLETE -> from == COMPLETED ? "Cannot complete: the cohort is already completed."
                    : "Cannot complete before the cohort has started.";
            case ARCHIVE -> "Cannot archive: only completed cohorts can be archived.";
            case CANCEL -> from == ACTIVE ? "Cannot cancel: the cohort has already started."
                    : "Cannot cancel: the cohort is completed.";
        };
    }

    private String verb() {
        return switch (this) {
            case OPEN_ENROLLMENT -> "open enrollment";
            case START -> "start";
            case COMPLETE -> "complete";
            case ARCHIVE -> "archive";
            case CANCEL -> "cancel";
        };
    }
}
