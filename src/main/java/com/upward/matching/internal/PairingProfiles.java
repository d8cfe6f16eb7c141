package com.upward.matching.internal;

import com.upward.base.ReadModel;
import com.upward.directory.Employee;
import com.upward.matching.internal.PairingModels.Profile;
import com.upward.program.Enrollment;
import com.upward.program.EnrollmentSide;
import com.upward.program.EnrollmentStatus;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * People as the other side of a pair sees them, in three queries however many (no N+1), and the enrollments that
 * decide what a mentee may choose.
 */
@ReadModel("pairing profiles read enrollments with their people, topics and languages in a fixed number of queries")
@Component
class PairingProfiles {

    private final EntityManager em;

    PairingProfiles(EntityManager em) {
        this.em = em;
    }

    /** The profiles of these enrollments, by enrollment id. */
    Map<Long, Profile> ofEnrollments(Collection<Long> enrollmentIds) {
        if (enrollmentIds.isEmpty()) {
            return Map.of();
        }
        List<Enrollment> enrollments = em.createQuery(
                        "select e from Enrollment e join fetch e.employee where e.id in :ids", Enrollment.class)
                .setParameter("ids", enrollmentIds).getResultList();
        Map<Long, Set<String>> topics = CohortMatchingData.pairs(em.createQuery(
                        "select e.id, t from Enrollment e join e.topics t where e.id in :ids", Object[].class)
                .setParameter("ids", enrollmentIds).getResultList());
        Map<Long, Set<String>> languages = CohortMatchingData.pairs(em.createQuery(
                        "select emp.id, l from Enrollment e join e.employee emp join emp.languages l where e.id in :ids",
                        Object[].class)
                .setParameter("ids", enrollmentIds).getResultList());
        Map<Long, Profile> out = new HashMap<>();
        for (Enrollment e : enrollments) {
            Employee emp = e.getEmployee();
            out.put(e.getId(), new Profile(emp.getFullName(), emp.getJobTitle(), emp.getDepartment(),
                    emp.getLocation(), languages.getOrDefault(emp.getId(), Set.of()),
                    topics.getOrDefault(e.getId(), Set.of()), e.getMotivation()));
        }
        return out;
    }

    /** The employee's accepted mentee enrollments in open cohorts that let mentees choose, earliest start first. */
    List<Enrollment> menteeEnrollmentsChoosingAMentor(long employeeId) {
        return em.createQuery("""
                        select e from Enrollment e join fetch e.cohort c
                        where e.employee.id = :me and e.side = :mentee and e.status = :accepted
                          and c.menteesChooseMentor = true and c.status in :open
                        order by c.startsOn, c.id""", Enrollment.class)
                .setParameter("me", employeeId).setParameter("mentee", EnrollmentSide.MENTEE)
                .setParameter("accepted", EnrollmentStatus.ACCEPTED)
                .setParameter("open", MatchingService.OPEN_STATUSES).getResultList();
    }

    boolean isAcceptedMentee(long employeeId, long cohortId) {
        return em.createQuery("""
                        select count(e) from Enrollment e where e.cohort.id = :cohort and e.employee.id = :me
                        and e.side = :mentee and e.status = :accepted""", Long.class)
                .setParameter("cohort", cohortId).setParameter("me", employeeId)
                .setParameter("mentee", EnrollmentSide.MENTEE).setParameter("accepted", EnrollmentStatus.ACCEPTED)
                .getSingleResult() > 0;
    }
}
