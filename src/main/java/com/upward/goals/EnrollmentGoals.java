package com.upward.goals;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;

/**
 * The goals of enrollments, in the order they were set, for check-ins, which update them. The calling services check
 * the signed-in user; this checks nothing itself.
 */
@Component
public class EnrollmentGoals {

    private final EntityManager em;

    EnrollmentGoals(EntityManager em) {
        this.em = em;
    }

    /** The goals of one enrollment, in the order they were set. */
    @Transactional(readOnly = true)
    public List<Goal> of(long enrollmentId) {
        return of(List.of(enrollmentId));
    }

    /** The goals of the enrollments, in the order they were set. */
    @Transactional(readOnly = true)
    public List<Goal> of(Collection<Long> enrollmentIds) {
        return em.createQuery("select g from Goal g where g.enrollment.id in :ids order by g.id", Goal.class)
                .setParameter("ids", enrollmentIds).getResultList();
    }
}
