package com.upward.matching.internal;

import com.upward.base.ReadModel;
import com.upward.directory.Employee;
import com.upward.matching.AssignmentStatus;
import com.upward.program.Cohort;
import com.upward.program.Enrollment;
import com.upward.program.EnrollmentSide;
import com.upward.program.EnrollmentStatus;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Loads everything the matcher needs for one cohort in a fixed number of queries (no N+1): accepted enrollments with
 * their employee, their topics, their languages, the whole manager map, the mentors' loads, the running pairs, and
 * (if the cohort asks for it) the pairs of earlier cohorts.
 */
@ReadModel("the matcher loads every candidate of a cohort with their profile in a fixed number of queries (no N+1)")
@Component
public class CohortMatchingData {

    public static final List<AssignmentStatus> RUNNING = List.of(AssignmentStatus.ACTIVE, AssignmentStatus.PAUSED);
    /** Pairs that hold a mentor's place and their mentee: running ones and those still waiting for answers. */
    static final List<AssignmentStatus> HOLDING = List.of(AssignmentStatus.PROPOSED, AssignmentStatus.ACTIVE,
            AssignmentStatus.PAUSED);

    /** One cohort's matching inputs. */
    record Snapshot(Cohort cohort, Map<Long, MatchCandidate> mentors, Map<Long, MatchCandidate> mentees,
                    Map<Long, Integer> mentorLoads, Set<Long> pairedMentees, HardRules rules) {

        int capacity() {
            return cohort.getMaxMenteesPerMentor();
        }

        int loadOf(long mentorEnrollmentId) {
            return mentorLoads.getOrDefault(mentorEnrollmentId, 0);
        }
    }

    private final EntityManager em;

    CohortMatchingData(EntityManager em) {
        this.em = em;
    }

    Snapshot load(Cohort cohort) {
        long cohortId = cohort.getId();
        List<Enrollment> accepted = em.createQuery("""
                        select e from Enrollment e join fetch e.employee
                        where e.cohort.id = :cohort and e.status = :accepted order by e.id""", Enrollment.class)
                .setParameter("cohort", cohortId).setParameter("accepted", EnrollmentStatus.ACCEPTED).getResultList();
        Map<Long, Set<String>> topics = pairs(em.createQuery("""
                        select e.id, t from Enrollment e join e.topics t
                        where e.cohort.id = :cohort and e.status = :accepted""", Object[].class)
                .setParameter("cohort", cohortId).setParameter("accepted", EnrollmentStatus.ACCEPTED).getResultList());
        Map<Long, Set<String>> languages = pairs(em.createQuery("""
                        select emp.id, l from Enrollment e join e.employee emp join emp.languages l
                        where e.cohort.id = :cohort and e.status = :accepted""", Object[].class)
                .setParameter("cohort", cohortId).setParameter("accepted", EnrollmentStatus.ACCEPTED).getResultList());
        Map<Long, Long> managerOf = new HashMap<>();
        for (Object[] row : em.createQuery("select e.id, e.manager.id from Employee e where e.manager is not null",
                Object[].class).getResultList()) {
            managerOf.put((Long) row[0], (Long) row[1]);
        }
        Map<Long, Integer> loads = new HashMap<>();
        Set<Long> pairedMentees = new HashSet<>();
        for (Object[] row : em.createQuery("""
                        select a.mentorEnrollment.id, a.menteeEnrollment.id from MentorAssignment a
                        where a.cohort.id = :cohort and a.status in :holding""", Object[].class)
                .setParameter("cohort", cohortId).setParameter("holding", HOLDING).getResultList()) {
            loads.merge((Long) row[0], 1, Integer::sum);
            pairedMentees.add((Long) row[1]);
        }
        if (cohort.getProgram().isMentorCapacityAcrossCohorts()) {
            addLoadsElsewhere(cohortId, loads);
        }
        Set<String> earlier = new HashSet<>();
        if (cohort.isExcludePreviousPairs()) {
            for (Object[] row : em.createQuery("""
                            select a.mentorEnrollment.employee.id, a.menteeEnrollment.employee.id from MentorAssignment a
                            where a.cohort.id <> :cohort and a.cohort.startsOn < :startsOn
                            and a.status in :ran""", Object[].class)
                    .setParameter("cohort", cohortId).setParameter("startsOn", cohort.getStartsOn())
                    .setParameter("ran", List.of(AssignmentStatus.ACTIVE, AssignmentStatus.PAUSED,
                            AssignmentStatus.ENDED)).getResultList()) {
                earlier.add(HardRules.pairKey((Long) row[0], (Long) row[1]));
            }
        }
        Map<Long, MatchCandidate> mentors = new LinkedHashMap<>();
        Map<Long, MatchCandidate> mentees = new LinkedHashMap<>();
        for (Enrollment e : accepted) {
            MatchCandidate candidate = candidate(e, topics, languages, managerOf);
            (e.getSide() == EnrollmentSide.MENTOR ? mentors : mentees).put(e.getId(), candidate);
        }
        return new Snapshot(cohort, mentors, mentees, loads, pairedMentees,
                new HardRules(earlier, cohort.isExcludePreviousPairs()));
    }

    /**
     * A mentor's running pairs in the other running cohorts, added to their load here: their capacity is a total
     * across cohorts when the program says so (issue 24: a mentor with 3 mentees got a 4th through another cohort).
     */
    private void addLoadsElsewhere(long cohortId, Map<Long, Integer> loads) {
        for (Object[] row : em.createQuery("""
                        select e.id, count(a) from Enrollment e, MentorAssignment a
                        where e.cohort.id = :cohort and e.side = :mentor and e.status = :accepted
                          and a.mentorEnrollment.employee = e.employee and a.cohort.id <> :cohort
                          and a.status in :holding and a.cohort.status in :open
                        group by e.id""", Object[].class)
                .setParameter("cohort", cohortId).setParameter("mentor", EnrollmentSide.MENTOR)
                .setParameter("accepted", EnrollmentStatus.ACCEPTED).setParameter("holding", HOLDING)
                .setParameter("open", MatchingService.OPEN_STATUSES).getResultList()) {
            loads.merge((Long) row[0], ((Number) row[1]).intValue(), Integer::sum);
        }
    }

    private static MatchCandidate candidate(Enrollment e, Map<Long, Set<String>> topics,
                                            Map<Long, Set<String>> languages, Map<Long, Long> managerOf) {
        Employee emp = e.getEmployee();
        Set<Long> chain = new LinkedHashSet<>();
        Long manager = managerOf.get(emp.getId());
        while (manager != null && chain.add(manager)) { // add() is false on a cycle: stop
            manager = managerOf.get(manager);
        }
        Long preferred = e.getPreferredMentor() == null ? null : e.getPreferredMentor().getId();
        return new MatchCandidate(e.getId(), emp.getId(), emp.getFirstName() + " " + emp.getLastName(),
                emp.getDepartment(), emp.getJobLevel(), languages.getOrDefault(emp.getId(), Set.of()),
                emp.getTimeZone(), emp.getLocation(), chain, topics.getOrDefault(e.getId(), Set.of()), preferred,
                e.getLocationPreference());
    }

    /** Rows of (id, text) as the sorted texts per id. */
    static Map<Long, Set<String>> pairs(List<Object[]> rows) {
        Map<Long, Set<String>> out = new HashMap<>();
        for (Object[] row : rows) {
            out.computeIfAbsent((Long) row[0], k -> new TreeSet<>()).add((String) row[1]);
        }
        return out;
    }
}
