package com.upward.matching.internal;

import com.upward.base.BusinessRuleException;
import com.upward.program.Cohort;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;

/** A cohort's weights and scorer, and the cohort itself found or locked, for the services that make pairs. */
@Component
class CohortScoring {

    private final MatchingWeightRepository weights;
    private final EntityManager em;

    CohortScoring(MatchingWeightRepository weights, EntityManager em) {
        this.weights = weights;
        this.em = em;
    }

    MatchWeights weights(long cohortId) {
        Map<MatchCriterion, Integer> stored = new EnumMap<>(MatchCriterion.class);
        weights.findByIdCohortId(cohortId).forEach(w -> stored.put(w.getId().getCriterion(), w.getWeight()));
        return new MatchWeights(stored);
    }

    /** Scores as of the cohort's start (tenure and the like do not drift while HR works). */
    MatchScorer scorer(Cohort cohort) {
        Instant at = cohort.getStartsOn().atTime(12, 0).toInstant(ZoneOffset.UTC);
        return new MatchScorer(weights(cohort.getId()), at);
    }

    Cohort cohort(long cohortId) {
        Cohort cohort = em.find(Cohort.class, cohortId);
        if (cohort == null) {
            throw new BusinessRuleException("cohort", "matching.rule.cohort-gone");
        }
        return cohort;
    }

    /** Locks the cohort row, so that people changing its pairs at once take turns and each sees the other's. */
    Cohort openCohortLocked(long cohortId) {
        Cohort cohort = em.find(Cohort.class, cohortId, LockModeType.PESSIMISTIC_WRITE);
        if (cohort == null) {
            throw new BusinessRuleException("cohort", "matching.rule.cohort-gone");
        }
        if (!MatchingService.OPEN_STATUSES.contains(cohort.getStatus())) {
            throw new BusinessRuleException("cohort", "matching.rule.cohort-closed." + cohort.getStatus().name());
        }
        return cohort;
    }
}
