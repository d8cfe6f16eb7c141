package com.upward.matching.internal;

import com.upward.base.ReadModel;

import com.upward.matching.AssignmentStatus;
import com.upward.program.CohortPairing;
import com.upward.program.EnrollmentSide;
import com.upward.program.EnrollmentStatus;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Answers program's questions about a cohort's pairs from matching's own tables. */
@ReadModel("Mentees without a pair: program's accepted enrollments against matching's pairs, in one count")
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

    @Override
    public Map<Long, Long> activePairsByCohort(Collection<Long> cohortIds) {
        if (cohortIds.isEmpty()) {
            return Map.of();
        }
        return counts(em.createQuery("select a.cohort.id, count(a) from MentorAssignment a"
                        + " where a.cohort.id in :ids and a.status = :active group by a.cohort.id", Object[].class)
                .setParameter("ids", cohortIds).setParameter("active", AssignmentStatus.ACTIVE).getResultList());
    }

    @Override
    public Map<Long, Long> activePairsByEnrollment(Collection<Long> enrollmentIds) {
        if (enrollmentIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> pairs = new HashMap<>();
        for (String side : List.of("mentorEnrollment", "menteeEnrollment")) {
            counts(em.createQuery("select a." + side + ".id, count(a) from MentorAssignment a where a." + side
                            + ".id in :ids and a.status = :active group by a." + side + ".id", Object[].class)
                    .setParameter("ids", enrollmentIds).setParameter("active", AssignmentStatus.ACTIVE)
                    .getResultList()).forEach((id, count) -> pairs.merge(id, count, Long::sum));
        }
        return pairs;
    }

    private static Map<Long, Long> counts(List<Object[]> rows) {
        Map<Long, Long> counts = new HashMap<>();
        rows.forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }
}
