package com.upward.checkin;

/** REVIEWED means the mentor left feedback. Overdue is derived (not submitted two days after the due date). */
public enum CheckInStatus {
    DUE, DRAFT, SUBMITTED, REVIEWED
}
