package com.upward.checkin.internal;

import com.upward.matching.PairChanged;
import com.upward.program.CohortStarted;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the check-in schedule in step with cohorts and pairs. A started cohort's schedule is made in the start's
 * transaction (the step is all or nothing), after matching has moved the pairs' start dates; a rematched mentee's
 * open check-ins move in the rematch's transaction. A pair made while the cohort runs gets its schedule after the
 * commit, through the event publication registry: should that fail, the publication is kept and retried.
 */
@Component
class CheckInScheduleReactions {

    /** After matching ({@code CohortLifecycleReactions.FIRST}): the schedule counts from the pairs' start dates. */
    private static final int AFTER_PAIRS = 10;

    private final CheckInSchedule schedule;

    CheckInScheduleReactions(CheckInSchedule schedule) {
        this.schedule = schedule;
    }

    @EventListener
    @Order(AFTER_PAIRS)
    void on(CohortStarted started) {
        schedule.createSchedule(started.cohortId());
    }

    @EventListener
    void moveOpenCheckIns(PairChanged change) {
        if (change.kind() == PairChanged.Kind.REMATCHED) {
            schedule.moveOpenCheckIns(change.previousAssignmentId(), change.assignmentId());
        }
    }

    @ApplicationModuleListener
    void scheduleNewPair(PairChanged change) {
        if (change.kind() == PairChanged.Kind.ASSIGNED) {
            schedule.createScheduleOfPair(change.assignmentId());
        }
    }
}
