package com.upward.checkin.internal;

import com.upward.checkin.CheckInStatus;
import com.upward.matching.AssignmentStatus;
import com.upward.matching.MentorAssignment;
import com.upward.matching.MentorPairs;
import com.upward.program.CadencePeriod;
import com.upward.program.Cohort;
import com.upward.program.CohortStatus;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The check-in schedule: one check-in per mentee of an ACTIVE pair and per cadence period from the pair's start on,
 * due at the period's end, status DUE, linked to the pair. Periods that already have a check-in are left alone, so
 * making it twice creates nothing new. Only {@link CheckInScheduleReactions} calls it, on events from services
 * that checked who may call them; so it checks no role itself.
 */
@Component
class CheckInSchedule {

    private final EntityManager em;
    private final CheckInRepository checkIns;
    private final MentorPairs pairs;

    CheckInSchedule(EntityManager em, CheckInRepository checkIns, MentorPairs pairs) {
        this.em = em;
        this.checkIns = checkIns;
        this.pairs = pairs;
    }

    /** The schedule of every ACTIVE pair of the cohort; returns how many check-ins were created. */
    @Transactional
    int createSchedule(long cohortId) {
        return create(em.find(Cohort.class, cohortId), pairs.activePairsOf(cohortId));
    }

    /** The schedule of one pair made while its cohort runs (before the start, starting the cohort makes it). */
    @Transactional
    int createScheduleOfPair(long assignmentId) {
        MentorAssignment pair = em.find(MentorAssignment.class, assignmentId);
        if (pair == null || pair.getStatus() != AssignmentStatus.ACTIVE
                || pair.getCohort().getStatus() != CohortStatus.ACTIVE) {
            return 0;
        }
        return create(pair.getCohort(), List.of(pair));
    }

    /**
     * After a rematch, the mentee's check-ins not yet submitted belong to the new pair, so that the new mentor is the
     * one who reviews them; submitted ones stay with the pair they were written in. Returns how many moved.
     */
    @Transactional
    int moveOpenCheckIns(long fromAssignmentId, long toAssignmentId) {
        List<CheckIn> open = em.createQuery("""
                        select ci from CheckIn ci where ci.assignment.id = :from and ci.status in :open""",
                        CheckIn.class)
                .setParameter("from", fromAssignmentId)
                .setParameter("open", List.of(CheckInStatus.DUE, CheckInStatus.DRAFT)).getResultList();
        MentorAssignment to = em.getReference(MentorAssignment.class, toAssignmentId);
        open.forEach(checkIn -> checkIn.setAssignment(to));
        return open.size();
    }

    private int create(Cohort cohort, List<MentorAssignment> pairs) {
        List<CadencePeriod> periods = cohort.getCadence().periods(cohort.getStartsOn(), cohort.getEndsOn());
        Set<String> existing = new HashSet<>(em.createQuery("""
                        select concat(ci.enrollment.id, '/', ci.periodNumber) from CheckIn ci
                        where ci.enrollment.cohort.id = :cohortId""", String.class)
                .setParameter("cohortId", cohort.getId()).getResultList());
        int created = 0;
        for (MentorAssignment pair : pairs) {
            for (CadencePeriod period : periods) {
                // a pair made mid-cohort starts with the next whole period: nothing is owed for time before it
                if (period.startsOn().isBefore(pair.getStartsOn())) {
                    continue;
                }
                // a mentee has one ACTIVE pair; should there be two, the first one keeps the schedule
                if (existing.add(pair.getMenteeEnrollment().getId() + "/" + period.number())) {
                    CheckIn checkIn = new CheckIn(pair.getMenteeEnrollment(), period.number(), period.startsOn(),
                            period.dueOn());
                    checkIn.setAssignment(pair);
                    checkIns.save(checkIn);
                    created++;
                }
            }
        }
        return created;
    }
}
