package com.upward.matching;

import com.upward.matching.internal.CohortMatchingData;
import com.upward.program.Enrollment;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * Who mentors whom now (a running pair: active or paused), for the services of other features that let a mentor see
 * a mentee's goals and check-ins. Those services check the signed-in user; this checks nothing itself.
 */
@Component
public class MentorPairs {

    private final EntityManager em;

    MentorPairs(EntityManager em) {
        this.em = em;
    }

    /** Whether the employee mentors the mentee enrollment in a running pair. */
    @Transactional(readOnly = true)
    public boolean mentors(long mentorEmployeeId, long menteeEnrollmentId) {
        return em.createQuery("""
                        select count(a) from MentorAssignment a where a.menteeEnrollment.id = :mentee
                        and a.mentorEnrollment.employee.id = :mentor and a.status in :running""", Long.class)
                .setParameter("mentee", menteeEnrollmentId).setParameter("mentor", mentorEmployeeId)
                .setParameter("running", CohortMatchingData.RUNNING).getSingleResult() > 0;
    }

    /** The employee who mentors the mentee enrollment in a running pair, if any. */
    @Transactional(readOnly = true)
    public Optional<Long> mentorOf(long menteeEnrollmentId) {
        return em.createQuery("""
                        select a.mentorEnrollment.employee.id from MentorAssignment a
                        where a.menteeEnrollment.id = :mentee and a.status in :running""", Long.class)
                .setParameter("mentee", menteeEnrollmentId).setParameter("running", CohortMatchingData.RUNNING)
                .getResultList().stream().findFirst();
    }

    /** The cohort's ACTIVE pairs, with their mentee enrollments, oldest first: the check-in schedule's pairs. */
    @Transactional(readOnly = true)
    public List<MentorAssignment> activePairsOf(long cohortId) {
        return em.createQuery("""
                        select a from MentorAssignment a join fetch a.menteeEnrollment
                        where a.cohort.id = :cohortId and a.status = :active order by a.id""", MentorAssignment.class)
                .setParameter("cohortId", cohortId).setParameter("active", AssignmentStatus.ACTIVE)
                .getResultList();
    }

    /** The mentee enrollments the employee mentors in running pairs, with employee and cohort, by mentee name. */
    @Transactional(readOnly = true)
    public List<Enrollment> menteesOf(long mentorEmployeeId) {
        return em.createQuery("""
                        select a.menteeEnrollment from MentorAssignment a join a.menteeEnrollment e
                        join fetch e.employee join fetch e.cohort
                        where a.mentorEnrollment.employee.id = :mentor and a.status in :running
                        order by e.employee.lastName, e.employee.firstName""", Enrollment.class)
                .setParameter("mentor", mentorEmployeeId).setParameter("running", CohortMatchingData.RUNNING)
                .getResultList();
    }
}
