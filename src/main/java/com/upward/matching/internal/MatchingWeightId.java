package com.upward.matching.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;
import java.util.Objects;

@Embeddable
public class MatchingWeightId implements Serializable {

    @Column(name = "cohort_id", nullable = false)
    private Long cohortId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private MatchCriterion criterion;

    protected MatchingWeightId() {
    }

    public MatchingWeightId(Long cohortId, MatchCriterion criterion) {
        this.cohortId = cohortId;
        this.criterion = criterion;
    }

    public Long getCohortId() { return cohortId; }
    public MatchCriterion getCriterion() { return criterion; }

    @Override
    public boolean equals(Object o) {
        return o instanceof MatchingWeightId other && Objects.equals(cohortId, other.cohortId)
                && criterion == other.criterion;
    }

    @Override
    public int hashCode() {
        return Objects.hash(cohortId, criterion);
    }
}
