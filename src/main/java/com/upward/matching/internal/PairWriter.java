package com.upward.matching.internal;

import com.upward.directory.Employee;
import com.upward.matching.AssignmentStatus;
import com.upward.matching.MentorAssignment;
import com.upward.matching.PairChanged;
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

    /** An ACTIVE pair from today (or the cohort's start), ASSIGNED, or REMATCHED when it replaces {@code previous}. */
    PairSaved start(Cohort cohort, MatchCandidate mentor, MatchCandidate mentee, MatchScore score, String reason,
                    MentorAssignment previous) {
        LocalDate today = LocalDate.now(clock);
        MentorAssignment pair = new MentorAssignment(cohort, em.getReference(Enrollment.class, mentor.enrollmentId()),
                em.getReference(Enrollment.class, mentee.enrollmentId()),
                today.isAfter(cohort.getStartsOn()) ? today : cohort.getStartsOn());
        AppUser actor = actor();
        pair.setStatus(AssignmentStatus.ACTIVE);
        pair.setScore(score.decimal());
        pair.setScoreExplanation(score.json());
        pair.setAssignedBy(actor);
        pair.setAssignmentReason(reason);
        assignments.save(pair);
        AssignmentEvent event = new AssignmentEvent(pair,
                previous == null ? AssignmentEventType.ASSIGNED : AssignmentEventType.REMATCHED, actor,
                clock.instant());
        event.setReason(reason);
        event.setNewScore(score.decimal());
        Employee previousMentor = null;
        if (previous != null) {
            event.setOldScore(previous.getScore());
            event.setPreviousAssignment(previous);
            previousMentor = previous.getMentorEnrollment().getEmployee();
        }
        events.save(event);
        publisher.publishEvent(new PairChanged(
                previous == null ? PairChanged.Kind.ASSIGNED : PairChanged.Kind.REMATCHED, pair.getId(),
                previous == null ? null : previous.getId(), cohort.getId(), cohort.getName(), mentor.employeeId(),
                mentor.name(), mentee.employeeId(), mentee.name(),
                previousMentor == null ? null : previousMentor.getId(),
                previousMentor == null ? null : fullName(previousMentor)));
        return new PairSaved(pair.getId(), mentor.enrollmentId(), mentee.enrollmentId(), score.decimal());
    }

    /** Ends a pair HR took apart: ENDED, an UNASSIGNED event with the old score, and both people told. */
    void unassign(MentorAssignment pair, String reason) {
        end(pair, reason);
        AssignmentEvent event = new AssignmentEvent(pair, AssignmentEventType.UNASSIGNED, actor(), clock.instant());
        event.setReason(reason);
        event.setOldScore(pair.getScore());
        events.save(event);
        Employee mentor = pair.getMentorEnrollment().getEmployee();
        Employee mentee = pair.getMenteeEnrollment().getEmployee();
        publisher.publishEvent(new PairChanged(PairChanged.Kind.UNASSIGNED, pair.getId(), null,
                pair.getCohort().getId(), pair.getCohort().getName(), mentor.getId(), fullName(mentor), mentee.getId(),
                fullName(mentee), null, null));
    }

    /** Marks a pair ENDED today (never before it started); the event is the caller's. */
    void end(MentorAssignment pair, String reason) {
        LocalDate today = LocalDate.now(clock);
        pair.setStatus(AssignmentStatus.ENDED);
        pair.setEndsOn(today.isBefore(pair.getStartsOn()) ? pair.getStartsOn() : today);
        pair.setEndReason(reason);
    }

    private AppUser actor() {
        return em.getReference(AppUser.class, currentUser.require().userId());
    }

    private static String fullName(Employee employee) {
        return employee.getFirstName() + " " + employee.getLastName();
    }
}
