package com.upward.matching.internal;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** HR's weight for one criterion in one cohort. */
@Entity
@Table(name = "matching_weight")
public class MatchingWeight {

    @EmbeddedId
    private MatchingWeightId id;
    @Column(nullable = false)
    private int weight;

    protected MatchingWeight() {
    }

    public MatchingWeight(long cohortId, MatchCriterion criterion, int weight) {
        this.id = new MatchingWeightId(cohortId, criterion);
        this.weight = weight;
    }

    public MatchingWeightId getId() { return id; }
    public int getWeight() { return weight; }
    public void setWeight(int weight) { this.weight = weight; }
}
