package com.upward.matching.internal;

import java.util.Optional;
import java.util.Set;

/**
 * Checks the hard rules for one pair. {@code earlierPairs} are "mentorEmployeeId:menteeEmployeeId" keys of pairs
 * from earlier cohorts; they only count when the cohort excludes earlier pairs.
 */
public final class HardRules {

    private final Set<String> earlierPairs;
    private final boolean excludeEarlierPairs;

    public HardRules(Set<String> earlierPairs, boolean excludeEarlierPairs) {
        this.earlierPairs = Set.copyOf(earlierPairs);
        this.excludeEarlierPairs = excludeEarlierPairs;
    }

    public static HardRules basic() {
        return new HardRules(Set.of(), false);
    }

    public static String pairKey(long mentorEmployeeId, long menteeEmployeeId) {
        return mentorEmployeeId + ":" + menteeEmployeeId;
    }

    /** The first rule the pair breaks, ignoring capacity. */
    public Optional<HardRule> eligibility(MatchCandidate mentor, MatchCandidate mentee) {
        if (mentor.employeeId() == mentee.employeeId()) {
            return Optional.of(HardRule.SAME_PERSON);
        }
        if (mentee.managerChain().contains(mentor.employeeId())) {
            return Optional.of(HardRule.MANAGER_CHAIN);
        }
        if (excludeEarlierPairs && earlierPairs.contains(pairKey(mentor.employeeId(), mentee.employeeId()))) {
            return Optional.of(HardRule.EARLIER_PAIR);
        }
        return Optional.empty();
    }

    /** The first rule broken when the mentor already has {@code mentorLoad} of {@code capacity} mentees. */
    public Optional<HardRule> violation(MatchCandidate mentor, MatchCandidate mentee, int mentorLoad, int capacity) {
        Optional<HardRule> broken = eligibility(mentor, mentee);
        if (broken.isPresent()) {
            return broken;
        }
        return mentorLoad >= capacity ? Optional.of(HardRule.CAPACITY) : Optional.empty();
    }
}
