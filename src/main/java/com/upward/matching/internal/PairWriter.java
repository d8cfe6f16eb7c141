package com.upward.matching.internal;

import com.upward.directory.Employee;
import com.upward.matching.AssignmentStatus;
import com.upward.matching.MentorAssignment;
import com.upward.matching.PairChanged;
import com.upward.matching.PairProposed;
import com.upward.matching.ProposalClosed;
import com.upward.matching.internal.MatchingModels.PairSaved;
import com.upward.program.Cohort;
import com.upward.program.Enrollment;
import com.upward.security.AppUser;
import com.upward.security.CurrentUser;
import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Writes pairs and their history: every start and end of a pair becomes an event with who, when, why and the
 * scores, and both people are told ({@link PairChanged}). The rules are checked by {@link MatchingService} first.
 */
@Component
class PairWriter {

    private final MentorAssignmentRepository assignments;
    private final AssignmentEventRepository events;
    private final EntityManager em;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    PairWriter(MentorAssignmentRepository assignments, AssignmentEventRepository events, EntityManager em,
               CurrentUser currentUser, ApplicationEventPublisher publisher, Clock clock) {
        this.assignments = assignments;
        this.events = events;
        this.em = em;
        this.currentUser = currentUser;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * A pair from today (or the cohort's start): ACTIVE and ASSIGNED, or REMATCHED when it replaces {@code previous};
     * PROPOSED instead when the cohort's pairs need acceptance (a rematch starts at once: the mentee's check-ins move
     * with it, decision 026).
     */
    PairSaved start(Cohort cohort, MatchCandidate mentor, MatchCandidate mentee, MatchScore score, String reason,
                    MentorAssignment previous) {
        boolean proposed = previous == null && cohort.isPairsNeedAcceptance();
        MentorAssignment pair = newPair(cohort, mentor, mentee, score, reason);
        pair.setStatus(proposed ? AssignmentStatus.PROPOSED : AssignmentStatus.ACTIVE);
        if (proposed) {
            pair.setProposedAt(clock.instant());
        }
        assignments.save(pair);
        AssignmentEvent event = event(pair, proposed ? AssignmentEventType.PROPOSED
                : previous == null ? AssignmentEventType.ASSIGNED : AssignmentEventType.REMATCHED, reason);
        event.setNewScore(score.decimal());
        Employee previousMentor = null;
        if (previous != null) {
            event.setOldScore(previous.getScore());
            event.setPreviousAssignment(previous);
            previousMentor = previous.getMentorEnrollment().getEmployee();
        }
        events.save(event);
        if (proposed) {
            publisher.publishEvent(new PairProposed(pair.getId(), cohort.getId(), cohort.getName(),
                    mentor.employeeId(), mentor.name(), mentee.employeeId(), mentee.name(), false));
        } else {
            publisher.publishEvent(new PairChanged(
                    previous == null ? PairChanged.Kind.ASSIGNED : PairChanged.Kind.REMATCHED, pair.getId(),
                    previous == null ? null : previous.getId(), cohort.getId(), cohort.getName(), mentor.employeeId(),
                    mentor.name(), mentee.employeeId(), mentee.name(),
                    previousMentor == null ? null : previousMentor.getId(),
                    previousMentor == null ? null : previousMentor.getFullName()));
        }
        return new PairSaved(pair.getId(), mentor.enrollmentId(), mentee.enrollmentId(), score.decimal(), proposed);
    }

    /** A mentee asks for a mentor (self-match): PROPOSED, accepted by the mentee, waiting for the mentor or HR. */
    PairSaved request(Cohort cohort, MatchCandidate mentor, MatchCandidate mentee, MatchScore score, String message) {
        MentorAssignment pair = newPair(cohort, mentor, mentee, score, message);
        pair.setStatus(AssignmentStatus.PROPOSED);
        pair.setRequestedByMentee(true);
        pair.setProposedAt(clock.instant());
        pair.setMenteeAcceptedAt(clock.instant());
        assignments.save(pair);
        AssignmentEvent event = event(pair, AssignmentEventType.REQUESTED, message);
        event.setNewScore(score.decimal());
        events.save(event);
        publisher.publishEvent(new PairProposed(pair.getId(), cohort.getId(), cohort.getName(), mentor.employeeId(),
                mentor.name(), mentee.employeeId(), mentee.name(), true));
        return new PairSaved(pair.getId(), mentor.enrollmentId(), mentee.enrollmentId(), score.decimal(), true);
    }

    /**
     * One side's yes ({@code confirmedByHr}: HR's, for both). Once both have said yes the pair is ACTIVE from today (or
     * the cohort's start) and runs like any assigned pair: check-ins, and both people told.
     */
    void accept(MentorAssignment pair, boolean mentorSide, boolean confirmedByHr) {
        if (confirmedByHr || mentorSide) {
            pair.setMentorAcceptedAt(clock.instant());
        }
        if (confirmedByHr || !mentorSide) {
            pair.setMenteeAcceptedAt(clock.instant());
        }
        events.save(event(pair, confirmedByHr ? AssignmentEventType.CONFIRMED : AssignmentEventType.ACCEPTED,
                null));
        if (!pair.acceptedByBoth()) {
            return;
        }
        Cohort cohort = pair.getCohort();
        pair.setStartsOn(firstDay(cohort));
        pair.setStatus(AssignmentStatus.ACTIVE);
        Employee mentor = pair.getMentorEnrollment().getEmployee();
        Employee mentee = pair.getMenteeEnrollment().getEmployee();
        publisher.publishEvent(new PairChanged(PairChanged.Kind.ASSIGNED, pair.getId(), null, cohort.getId(),
                cohort.getName(), mentor.getId(), mentor.getFullName(), mentee.getId(), mentee.getFullName(), null,
                null));
    }

    /** A proposal that will not start: declined by one of its people or withdrawn; DECLINED, and HR and the other told. */
    void close(MentorAssignment pair, ProposalClosed.Kind kind, String reason) {
        String prefix = switch (kind) {
            case DECLINED_BY_MENTOR -> "Declined by the mentor";
            case DECLINED_BY_MENTEE -> "Declined by the mentee";
            case WITHDRAWN_BY_MENTEE -> "Withdrawn by the mentee";
            case WITHDRAWN_BY_HR -> "Withdrawn by HR";
        };
        pair.finish(AssignmentStatus.DECLINED, LocalDate.now(clock), reason == null ? prefix : prefix + ": " + reason);
        boolean declined = kind == ProposalClosed.Kind.DECLINED_BY_MENTOR
                || kind == ProposalClosed.Kind.DECLINED_BY_MENTEE;
        events.save(event(pair, declined ? AssignmentEventType.DECLINED : AssignmentEventType.WITHDRAWN,
                pair.getEndReason()));
        Cohort cohort = pair.getCohort();
        Employee mentor = pair.getMentorEnrollment().getEmployee();
        Employee mentee = pair.getMenteeEnrollment().getEmployee();
        publisher.publishEvent(new ProposalClosed(kind, pair.getId(), cohort.getId(), cohort.getName(),
                cohort.getProgram().getOwner().getId(), mentor.getId(), mentor.getFullName(), mentee.getId(),
                mentee.getFullName(), reason));
    }

    /** Ends a pair HR took apart: ENDED, an UNASSIGNED event with the old score, and both people told. */
    void unassign(MentorAssignment pair, String reason) {
        end(pair, reason);
        AssignmentEvent event = event(pair, AssignmentEventType.UNASSIGNED, reason);
        event.setOldScore(pair.getScore());
        events.save(event);
        Employee mentor = pair.getMentorEnrollment().getEmployee();
        Employee mentee = pair.getMenteeEnrollment().getEmployee();
        publisher.publishEvent(new PairChanged(PairChanged.Kind.UNASSIGNED, pair.getId(), null,
                pair.getCohort().getId(), pair.getCohort().getName(), mentor.getId(), mentor.getFullName(), mentee.getId(),
                mentee.getFullName(), null, null));
    }

    /** Marks a pair ENDED today (never before it started); the event is the caller's. */
    void end(MentorAssignment pair, String reason) {
        pair.finish(AssignmentStatus.ENDED, LocalDate.now(clock), reason);
    }

    /** A pair made or accepted now starts today, or on the cohort's start if that is later. */
    private LocalDate firstDay(Cohort cohort) {
        LocalDate today = LocalDate.now(clock);
        return today.isAfter(cohort.getStartsOn()) ? today : cohort.getStartsOn();
    }

    private MentorAssignment newPair(Cohort cohort, MatchCandidate mentor, MatchCandidate mentee, MatchScore score,
                                     String reason) {
        MentorAssignment pair = new MentorAssignment(cohort, em.getReference(Enrollment.class, mentor.enrollmentId()),
                em.getReference(Enrollment.class, mentee.enrollmentId()), firstDay(cohort));
        pair.setScore(score.decimal());
        pair.setScoreExplanation(score.json());
        pair.setAssignedBy(actor());
        pair.setAssignmentReason(reason);
        return pair;
    }

    private AssignmentEvent event(MentorAssignment pair, AssignmentEventType type, String reason) {
        AssignmentEvent event = new AssignmentEvent(pair, type, actor(), clock.instant());
        event.setReason(reason);
        return event;
    }

    private AppUser actor() {
        return em.getReference(AppUser.class, currentUser.require().userId());
    }
}
