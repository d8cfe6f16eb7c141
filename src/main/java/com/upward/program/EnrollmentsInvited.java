package com.upward.program;

import java.util.List;

/**
 * HR invited people to a cohort, one or in bulk (issue 24: invited people were never told). Published in the
 * invitation's transaction; a bulk invitation publishes one event per {@link #MAX_IDS} enrollments, so that each
 * fits the event publication registry.
 */
public record EnrollmentsInvited(long cohortId, List<Long> enrollmentIds) {

    public static final int MAX_IDS = 250;
}
