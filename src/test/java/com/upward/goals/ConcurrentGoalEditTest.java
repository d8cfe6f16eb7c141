package com.upward.goals;

import com.upward.goals.GoalModels.GoalForm;
import com.upward.testsupport.CommittedPairsTest;
import com.upward.testsupport.Race;
import com.upward.testsupport.RunningPairs;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.Authentication;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same goal saved from two sessions of its mentee at the same moment, both based on the version they read:
 * in every round exactly one save wins, the other is refused as a conflict, and the goal keeps the winner's text
 * (no lost update, no internal error). Committed data, removed afterwards.
 */
@SpringBootTest
@Tag("db")
class ConcurrentGoalEditTest extends CommittedPairsTest {

    private static final int ROUNDS = 10;

    @Autowired
    GoalService goals;

    @Test
    void twoSessionsSavingTheSameGoalAtOnceGiveOneWinnerAndOneConflict() {
        RunningPairs.Pair pair = commit(1, e -> { }).pairs().getFirst();
        Authentication mentee = Race.signedIn(users, pair.menteeUsername());
        LocalDate target = jdbc.queryForObject("select target_date from goal where id = ?", LocalDate.class,
                pair.goalId());
        for (int round = 0; round < ROUNDS; round++) {
            long version = jdbc.queryForObject("select version from goal where id = ?", Long.class, pair.goalId());
            int r = round;
            List<String> outcomes = Race.twoTabs(mentee, tab -> {
                String title = "Round " + r + " from tab " + tab;
                goals.update(pair.goalId(), version, new GoalForm(GoalType.OUTCOME, title, null, null, target));
                return title;
            });

            assertThat(outcomes).as("round %d", round).containsOnlyOnce(GoalService.STALE.english());
            String winner = outcomes.stream().filter(o -> !o.equals(GoalService.STALE.english())).findFirst().orElseThrow();
            assertThat(jdbc.queryForObject("select title from goal where id = ?", String.class, pair.goalId()))
                    .as("round %d", round).isEqualTo(winner);
        }
    }

    @Test
    void twoSessionsAddingAMilestoneToTheSameVersionGiveOneMilestoneAndOneConflict() {
        RunningPairs.Pair pair = commit(1, e -> { }).pairs().getFirst();
        Authentication mentee = Race.signedIn(users, pair.menteeUsername());
        for (int round = 0; round < ROUNDS; round++) {
            long version = jdbc.queryForObject("select version from goal where id = ?", Long.class, pair.goalId());
            int r = round;
            List<String> outcomes = Race.twoTabs(mentee, tab -> {
                goals.addMilestone(pair.goalId(), version, "Step " + r + " from tab " + tab);
                return "added";
            });

            assertThat(outcomes).as("round %d", round).containsExactlyInAnyOrder("added", GoalService.STALE.english());
            assertThat(jdbc.queryForObject("select count(*) from milestone where goal_id = ?", Long.class,
                    pair.goalId())).isEqualTo(round + 1);
        }
    }
}
