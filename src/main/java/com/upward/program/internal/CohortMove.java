package com.upward.program.internal;

import com.upward.base.i18n.Text;
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
     * Why a cohort in status {@code from} cannot take this step, or null when the lifecycle allows it: the service's
     * refusal and the disabled button's tooltip. Further rules (the enrollment window, unmatched mentees, the start
     * date) are checked by the service.
     */
    public Text refusalFor(CohortStatus from) {
        if (from.canMoveTo(target)) {
            return null;
        }
        if (from == ARCHIVED) {
            return Text.of("program.cohort.refusal.archived." + name());
        }
        if (from == CANCELLED) {
            return Text.of("program.cohort.refusal.cancelled." + name());
        }
        return switch (this) {
            case OPEN_ENROLLMENT -> from == ENROLLING ? Text.of("program.cohort.refusal.open-enrollment.open")
                    : Text.of("program.cohort.refusal.open-enrollment.started");
            case START -> from == DRAFT ? Text.of("program.cohort.refusal.start.draft")
                    : from == ACTIVE ? Text.of("program.cohort.refusal.start.started")
                    : Text.of("program.cohort.refusal.start.completed");
            case COMPLETE -> from == COMPLETED ? Text.of("program.cohort.refusal.complete.completed")
                    : Text.of("program.cohort.refusal.complete.not-started");
            case ARCHIVE -> Text.of("program.cohort.refusal.archive");
            case CANCEL -> from == ACTIVE ? Text.of("program.cohort.refusal.cancel.started")
                    : Text.of("program.cohort.refusal.cancel.completed");
        };
    }
}
