package com.upward.goals.internal;

import com.upward.base.BusinessRuleException;
import com.upward.matching.MentorPairs;
import com.upward.program.CohortStatus;
import com.upward.program.Enrollment;
import com.upward.program.EnrollmentSide;
import com.upward.program.EnrollmentStatus;
import com.upward.security.CurrentUser;
import jakarta.persistence.EntityManager;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * Who may see and change a mentee's goals (PRODUCT.md): the mentee, and their current mentor in that cohort, who
 * may read and comment. Anyone else is refused without learning whether the goal exists.
 */
@Component
public class GoalAccess {

    public static final String REFUSED = "This goal is not yours to see.";
    private static final Set<CohortStatus> EDITABLE_COHORTS = Set.of(CohortStatus.ENROLLING, CohortStatus.ACTIVE);

    enum Viewer { MENTEE, MENTOR }

    private final EntityManager em;
    private final MentorPairs pairs;
    private final CurrentUser currentUser;

    GoalAccess(EntityManager em, MentorPairs pairs, CurrentUser currentUser) {
        this.em = em;
        this.pairs = pairs;
        this.currentUser = currentUser;
    }

    public boolean hasEmployee() {
        return currentUser.isEmployee();
    }

    /** The signed-in employee, or a refusal for accounts without one. */
    public long self() {
        return currentUser.requireEmployeeId();
    }

    /** How the signed-in employee relates to a mentee enrollment; refused when not at all. */
    public Viewer viewerOf(Enrollment enrollment) {
        long self = self();
        if (enrollment.getSide() != EnrollmentSide.MENTEE) {
            throw new AccessDeniedException(REFUSED);
        }
        if (enrollment.getEmployee().getId() == self) {
            return Viewer.MENTEE;
        }
        if (pairs.mentors(self, enrollment.getId())) {
            return Viewer.MENTOR;
        }
        throw new AccessDeniedException(REFUSED);
    }

    /** The enrollment, if the signed-in employee is its mentee or current mentor. */
    public Enrollment readable(long enrollmentId) {
        Enrollment enrollment = em.find(Enrollment.class, enrollmentId);
        if (enrollment == null) {
            throw new AccessDeniedException(REFUSED);
        }
        viewerOf(enrollment);
        return enrollment;
    }

    /** The enrollment, if it is the signed-in mentee's own and its goals can still change. */
    public Enrollment writable(Enrollment enrollment) {
        if (viewerOf(enrollment) != Viewer.MENTEE) {
            throw new AccessDeniedException("Only the mentee changes their goals.");
        }
        if (!editable(enrollment)) {
            CohortStatus status = enrollment.getCohort().getStatus();
            throw new BusinessRuleException(null, "goals.rule.cohort-closed." + status.name());
        }
        return enrollment;
    }

    static boolean editable(Enrollment enrollment) {
        return enrollment.getStatus() == EnrollmentStatus.ACCEPTED
                && EDITABLE_COHORTS.contains(enrollment.getCohort().getStatus());
    }
}
