package com.upward.matching.internal;

import com.upward.program.CohortCompleted;
import com.upward.program.CohortStarted;
import com.upward.program.EnrollmentWithdrawn;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Pairs follow their cohort and their people, in the same transaction as the step that moves them: a cohort step or
 * a withdrawal is all or nothing. Runs before the check-in schedule is made ({@link #FIRST}), which counts from the
 * pairs' start dates.
 */
@Component
class CohortLifecycleReactions {

    /** Before any other reaction to a cohort step: the others read the pairs as this leaves them. */
    static final int FIRST = 0;

    private final CohortPairsService pairs;

    CohortLifecycleReactions(CohortPairsService pairs) {
        this.pairs = pairs;
    }

    /** Decision 020: pairs never start after their cohort, so an early start brings them forward. */
    @EventListener
    @Order(FIRST)
    void on(CohortStarted started) {
        pairs.startPairsOfCohortBy(started.cohortId(), started.startsOn());
    }

    @EventListener
    @Order(FIRST)
    void on(CohortCompleted completed) {
        pairs.endPairsOfCohort(completed.cohortId(), completed.pairsEndOn(), completed.reason());
    }

    @EventListener
    void on(EnrollmentWithdrawn withdrawn) {
        pairs.endPairsOfEnrollment(withdrawn.enrollmentId(), withdrawn.on(), withdrawn.pairEndReason());
    }
}
