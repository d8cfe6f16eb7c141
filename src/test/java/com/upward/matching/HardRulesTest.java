package com.upward.matching;

import com.upward.matching.internal.HardRule;
import com.upward.matching.internal.HardRules;
import com.upward.matching.internal.MatchCandidate;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static com.upward.matching.Candidates.*;
import static org.assertj.core.api.Assertions.assertThat;

class HardRulesTest {

    private final MatchCandidate mentee = reportingTo(person(1, "Sales", 3), 10L, 20L);

    @Test
    void samePersonIsRefused() {
        assertThat(HardRules.basic().violation(mentee, mentee, 0, 2)).contains(HardRule.SAME_PERSON);
    }

    @Test
    void managerAndEveryoneAboveAreRefused() {
        assertThat(HardRules.basic().violation(person(10, "Sales", 5), mentee, 0, 2)).contains(HardRule.MANAGER_CHAIN);
        assertThat(HardRules.basic().violation(person(20, "Board", 9), mentee, 0, 2)).contains(HardRule.MANAGER_CHAIN);
        assertThat(HardRules.basic().violation(person(30, "Sales", 5), mentee, 0, 2)).isEmpty();
    }

    @Test
    void aFullMentorIsRefused() {
        assertThat(HardRules.basic().violation(person(30, "IT", 5), mentee, 2, 2)).contains(HardRule.CAPACITY);
        assertThat(HardRules.basic().violation(person(30, "IT", 5), mentee, 1, 2)).isEmpty();
    }

    @Test
    void earlierPairsAreRefusedOnlyWhenTheCohortSaysSo() {
        Set<String> earlier = Set.of(HardRules.pairKey(30, 1));
        assertThat(new HardRules(earlier, true).violation(person(30, "IT", 5), mentee, 0, 2))
                .contains(HardRule.EARLIER_PAIR);
        assertThat(new HardRules(earlier, false).violation(person(30, "IT", 5), mentee, 0, 2)).isEmpty();
        assertThat(new HardRules(earlier, true).violation(person(31, "IT", 5), mentee, 0, 2)).isEmpty();
    }

    @Test
    void everyRuleHasAMessage() {
        for (HardRule rule : HardRule.values()) {
            assertThat(rule.text().english()).endsWith(".");
        }
    }
}
