package com.upward.checkin;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When a check-in counts as overdue or late, and when it may still be edited (PRODUCT.md: overdue when not submitted
 * two days after the due date; issue 5: editable after submission until the mentor reviews it, or for 7 days).
 */
public final class CheckInRules {

    /** Days after the due date during which a submission still counts as on time. */
    public static final int GRACE_DAYS = 2;
    public static final Duration EDIT_AFTER_SUBMIT = Duration.ofDays(7);

    /** What the mentee's list shows for a check-in. */
    public enum State { UPCOMING, DUE, OVERDUE, DRAFT, SUBMITTED, LATE, REVIEWED }

    private CheckInRules() {
    }

    public static boolean overdue(CheckInStatus status, LocalDate dueOn, LocalDate today) {
        return notSubmitted(status) && today.isAfter(dueOn.plusDays(GRACE_DAYS));
    }

    /** Submitted after the due date plus the grace days, counted in the given zone's calendar. */
    public static boolean late(LocalDate dueOn, Instant submittedAt, ZoneId zone) {
        return submittedAt != null && submittedAt.atZone(zone).toLocalDate().isAfter(dueOn.plusDays(GRACE_DAYS));
    }

    /** A draft may always change; a submitted check-in until its review or for 7 days; a reviewed one never. */
    public static boolean editable(CheckInStatus status, Instant firstSubmittedAt, Instant now) {
        return switch (status) {
            case DUE, DRAFT -> true;
            case SUBMITTED -> firstSubmittedAt == null || now.isBefore(firstSubmittedAt.plus(EDIT_AFTER_SUBMIT));
            case REVIEWED -> false;
        };
    }

    /** A check-in whose period has not begun is upcoming; one not submitted in time, overdue. */
    public static State state(CheckInStatus status, LocalDate periodStartsOn, LocalDate dueOn, Instant submittedAt,
                              LocalDate today, ZoneId zone) {
        return switch (status) {
            case REVIEWED -> State.REVIEWED;
            case SUBMITTED -> late(dueOn, submittedAt, zone) ? State.LATE : State.SUBMITTED;
            case DRAFT -> overdue(status, dueOn, today) ? State.OVERDUE : State.DRAFT;
            case DUE -> overdue(status, dueOn, today) ? State.OVERDUE
                    : today.isBefore(periodStartsOn) ? State.UPCOMING : State.DUE;
        };
    }

    private static boolean notSubmitted(CheckInStatus status) {
        return status == CheckInStatus.DUE || status == CheckInStatus.DRAFT;
    }
}
