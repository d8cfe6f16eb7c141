package com.upward.matching.internal;

import com.upward.matching.AssignmentStatus;
import com.upward.matching.MentorAssignment;
import com.upward.security.AppUser;
import com.upward.security.CurrentUser;
import com.upward.base.Role;
import jakarta.persistence.EntityManager;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Ends pairs when their cohort completes or a participant leaves (history is kept: each end is an ENDED event), and
 * brings their start forward when the cohort starts early.
 */
@Service
public class CohortPairsService {

    private static final List<AssignmentStatus> NOT_ENDED = List.of(AssignmentStatus.PROPOSED,
            AssignmentStatus.ACTIVE, AssignmentStatus.PAUSED);

    private final MentorAssignmentRepository assignments;
    private final AssignmentEventRepository events;
    private final EntityManager em;
    private final CurrentUser currentUser;
    private final Clock clock;

    CohortPairsService(MentorAssignmentRepository assignments, AssignmentEventRepository events, EntityManager em,
                       CurrentUser currentUser, Clock clock) {
        this.assignments = assignments;
        this.events = events;
        this.em = em;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Pairs of the cohort not ended that were to start after {@code day} start on it (decision 020: a cohort started
     * before its planned date starts today); returns how many moved. The audit log records each new date.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Role.Names.ADMIN + "', '" + Role.Names.HR + "')")
    public int startPairsOfCohortBy(long cohortId, LocalDate day) {
        List<MentorAssignment> later = assignments.findByCohortIdAndStatusIn(cohortId, NOT_ENDED).stream()
                .filter(pair -> pair.getStartsOn().isAfter(day)).toList();
        later.forEach(pair -> pair.setStartsOn(day));
        return later.size();
    }

    /**
     * Ends every ACTIVE or PAUSED pair of the cohort on {@code endsOn}, and withdraws those still waiting for answers;
     * returns how many changed.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Role.Names.ADMIN + "', '" + Role.Names.HR + "')")
    public int endPairsOfCohort(long cohortId, LocalDate endsOn, String reason) {
        return end(assignments.findByCohortIdAndStatusIn(cohortId, NOT_ENDED), endsOn, reason);
    }

    /** Ends the pairs an enrollment is part of, on either side, as {@link #endPairsOfCohort}; returns how many. */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Role.Names.ADMIN + "', '" + Role.Names.HR + "')")
    public int endPairsOfEnrollment(long enrollmentId, LocalDate endsOn, String reason) {
        List<MentorAssignment> running = em.createQuery("""
                        select a from MentorAssignment a where a.status in :notEnded
                        and (a.mentorEnrollment.id = :enrollmentId or a.menteeEnrollment.id = :enrollmentId)""",
                        MentorAssignment.class)
                .setParameter("notEnded", NOT_ENDED).setParameter("enrollmentId", enrollmentId).getResultList();
        return end(running, endsOn, reason);
    }

    private int end(List<MentorAssignment> pairs, LocalDate endsOn, String reason) {
        AppUser actor = em.getReference(AppUser.class, currentUser.require().userId());
        for (MentorAssignment pair : pairs) {
            boolean started = pair.getStatus() != AssignmentStatus.PROPOSED;
            pair.finish(started ? AssignmentStatus.ENDED : AssignmentStatus.DECLINED, endsOn, reason);
            AssignmentEvent event = new AssignmentEvent(pair,
                    started ? AssignmentEventType.ENDED : AssignmentEventType.WITHDRAWN, actor, clock.instant());
            event.setReason(reason);
            events.save(event);
        }
        return pairs.size();
    }
}
