package com.upward.matching;

import com.upward.program.CohortPairing;
import com.upward.program.EnrollmentSide;
import com.upward.program.EnrollmentStatus;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

/** Answers program's questions about a cohort's pairs from matching's own tables. */
@Component
class PairCounts implements CohortPairing {

    private final EntityManager em;

    PairCounts(EntityManager em) {
        this.em = em;
    }

    @Override
    public long unmatchedAcceptedMentees(long cohortId) {
        return em.createQuery("""
                        select count(en) from Enrollment en where en.cohort.id = :cohortId and en.side = :mentee
                        and en.status = :accepted and not exists (select 1 from MentorAssignment a
                        where a.menteeEnrollment = en and a.status = :active)""", Long.class)
                .setParameter("cohortId", cohortId).setParameter("mentee", EnrollmentSide.MENTEE)
                .setParameter("accepted", EnrollmentStatus.ACCEPTED).setParameter("active", AssignmentStatus.ACTIVE)
                .getSingleResult();
    }

    @Override
    public long activePairs(long cohortId) {
        return em.createQuery("select count(a) from MentorAssignment a where a.cohort.id = :cohortId"
                        + " and a.status = :active", Long.class)
                .setParameter("cohortId", cohortId).setParameter("active", AssignmentStatus.ACTIVE)
                .getSingleResult();
    }
}
