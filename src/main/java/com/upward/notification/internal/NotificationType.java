package com.upward.notification.internal;

import com.upward.base.Role;

import java.util.Set;

/**
 * The kinds of notification. Each can be turned off for email per user (in-app ones always show); {@code audience}
 * says whose profile offers the choice.
 */
public enum NotificationType {
    CHECK_IN_DUE("Check-in due soon", "Two days before a check-in is due, with a calendar entry.", Role.EMPLOYEE),
    CHECK_IN_OVERDUE("Check-in overdue", "When your check-in, or your mentee's, is overdue.", Role.EMPLOYEE),
    ENROLLMENT_INVITED("Invitation", "When HR invites you to a mentoring cohort.", Role.EMPLOYEE),
    ENROLLMENT_DECIDED("Application decided", "When HR accepts you, waitlists you or declines your application.",
            Role.EMPLOYEE),
    PAIR_ASSIGNED("New pair", "When HR pairs you with a mentor or a mentee, or rematches you.", Role.EMPLOYEE),
    PAIR_ENDED("Pair ended", "When HR ends one of your pairs, or a proposed pair will not start.", Role.EMPLOYEE),
    PAIR_PROPOSED("Pair to accept", "When a pair is proposed to you, or a mentee asks you to mentor them, and "
            + "reminders while you have not answered.", Role.EMPLOYEE),
    PAIR_DECLINED("Proposal declined", "When someone declines a pair proposed in a program you own, with why.",
            Role.HR),
    CHECK_IN_SUBMITTED("Check-in submitted", "When a mentee of yours submits a check-in.", Role.EMPLOYEE),
    MENTOR_FEEDBACK("Mentor feedback", "When your mentor reviews your check-in.", Role.EMPLOYEE),
    CHECK_IN_MESSAGE("Check-in conversation", "When your mentor or your mentee writes on a check-in.",
            Role.EMPLOYEE),
    HELP_REQUESTED("Help request", "When a mentee asks for help (HR: when it is urgent).", Role.EMPLOYEE, Role.HR),
    COHORT_STARTED("Cohort started", "When a cohort you take part in starts, with the start survey.", Role.EMPLOYEE),
    COHORT_COMPLETED("Cohort completed", "When a cohort you take part in ends, with the closing survey.",
            Role.EMPLOYEE),
    PAIR_NUDGE("Reminder from HR", "When HR sees that your pair has gone quiet.", Role.EMPLOYEE),
    HR_DIGEST("Weekly digest", "Each Monday: the pairs at risk and the open help requests.", Role.HR);

    private final String label;
    private final String description;
    private final Set<Role> audience;

    NotificationType(String label, String description, Role... audience) {
        this.label = label;
        this.description = description;
        this.audience = Set.of(audience);
    }

    /** In English; an email names its type in the reader's language, from the bundle ({@code email.type.<NAME>}). */
    public String label() { return label; }
    public String description() { return description; }

    /** Whether a user with these roles can receive this type. */
    public boolean concerns(Set<Role> roles) {
        return roles.stream().anyMatch(audience::contains);
    }
}
