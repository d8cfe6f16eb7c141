package com.upward.checkin.internal;

import com.upward.checkin.internal.CheckInModels.CheckInDetail;
import com.upward.checkin.internal.CheckInModels.CheckInInput;
import com.upward.checkin.internal.CheckInModels.GoalProgress;
import com.upward.goals.GoalService;
import com.upward.goals.GoalStatus;
import com.upward.goals.GoalType;
import com.upward.goals.GoalModels.GoalCard;
import com.upward.goals.GoalModels.GoalForm;
import com.upward.testsupport.CommittedPairsTest;
import com.upward.testsupport.EventListeners;
import com.upward.testsupport.Race;
import com.upward.testsupport.RunningPairs;
import com.upward.testsupport.RunningPairs.Pair;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 50 mentees of a cohort of their own submit their check-in and then change their goal at the same moment, each
 * thread signed in as its mentee, through the real services and committed as in the app: every submission,
 * revision, goal change and mentor notification is stored, each with its own mentee's values. And the same draft
 * saved from two tabs at once: one wins, the other gets the conflict message. The data is committed and removed
 * afterwards.
 */
@SpringBootTest
@Tag("db")
class ConcurrentCheckInsTest extends CommittedPairsTest {

    private static final int MENTEES = 50;

    @Autowired
    CheckInService checkIns;
    @Autowired
    GoalService goals;
    @Autowired
    Clock clock;

    @Test
    void fiftyMenteesSubmitAndChangeTheirGoalsAtOnceAndEverythingIsStored() {
        RunningPairs.Run run = commit(MENTEES, e -> { });
        List<Pair> pairs = run.pairs();
        LocalDate today = LocalDate.now(clock);

        List<String> results = Race.atOnce(pairs.stream().map(p -> Race.signedIn(users, p.menteeUsername())).toList(),
                i -> {
                    Pair p = pairs.get(i);
                    CheckInDetail detail = checkIns.detail(p.checkInId());
                    checkIns.submit(p.checkInId(), detail.version(), new CheckInInput(true, today, 30 + i,
                            List.of(new GoalProgress(p.goalId(), i * 2, GoalStatus.IN_PROGRESS, false)), "Win " + i,
                            null, "Lesson " + i, null, null, false, null, 1 + i % 5, "Note " + i));
                    GoalCard goal = goals.goalsOf(p.menteeEnrollmentId()).getFirst();
                    goals.update(p.goalId(), goal.version(), new GoalForm(GoalType.LEARNING, "Goal of mentee " + i,
                            "Why " + i, null, goal.targetDate()));
                    return "done";
                });

        assertThat(results).hasSize(MENTEES).containsOnly("done");
        String inCohort = " where enrollment_id in (select id from enrollment where cohort_id = ?)";
        assertThat(count("select count(*) from check_in" + inCohort + " and status = 'SUBMITTED'", run.cohortId()))
                .isEqualTo(MENTEES);
        assertThat(count("select count(*) from check_in_revision where check_in_id in (select id from check_in"
                + inCohort + ")", run.cohortId())).isEqualTo(MENTEES);
        EventListeners.awaitDone(jdbc); // the mentors are told after each commit
        assertThat(count("select count(*) from notification n join app_user u on u.id = n.recipient_id"
                + " join enrollment e on e.employee_id = u.employee_id where e.cohort_id = ? and e.side = 'MENTOR'"
                + " and n.type = 'CHECK_IN_SUBMITTED'", run.cohortId())).isEqualTo(MENTEES);
        for (int i = 0; i < MENTEES; i++) {
            Pair p = pairs.get(i);
            Map<String, Object> checkIn = jdbc.queryForMap("select wins, lessons, meeting_minutes, confidence,"
                    + " private_notes from check_in where id = ?", p.checkInId());
            assertThat(checkIn).containsEntry("wins", "Win " + i).containsEntry("lessons", "Lesson " + i)
                    .containsEntry("private_notes", "Note " + i);
            assertThat(((Number) checkIn.get("meeting_minutes")).intValue()).isEqualTo(30 + i);
            assertThat(((Number) checkIn.get("confidence")).intValue()).isEqualTo(1 + i % 5);
            Map<String, Object> goal = jdbc.queryForMap("select title, why_it_matters, progress, status from goal"
                    + " where id = ?", p.goalId());
            assertThat(goal).containsEntry("title", "Goal of mentee " + i).containsEntry("why_it_matters", "Why " + i)
                    .containsEntry("status", "IN_PROGRESS");
            assertThat(((Number) goal.get("progress")).intValue()).isEqualTo(i * 2);
        }
    }

    @Test
    void theSameDraftSavedFromTwoTabsAtOnceGivesOneWinnerAndOneConflict() {
        Pair pair = commit(1, e -> { }).pairs().getFirst();
        var mentee = Race.signedIn(users, pair.menteeUsername());
        for (int round = 0; round < 10; round++) {
            long version = jdbc.queryForObject("select version from check_in where id = ?", Long.class,
                    pair.checkInId());
            int r = round;
            List<String> outcomes = Race.twoTabs(mentee, tab -> {
                String wins = "Round " + r + ", tab " + tab;
                checkIns.saveDraft(pair.checkInId(), version, new CheckInInput(false, null, null, List.of(), wins,
                        null, null, null, null, false, null, null, null));
                return wins;
            });

            assertThat(outcomes).as("round %d", round).containsOnlyOnce(CheckInService.STALE.english());
            String winner = outcomes.stream().filter(o -> !o.equals(CheckInService.STALE.english())).findFirst().orElseThrow();
            assertThat(jdbc.queryForObject("select wins from check_in where id = ?", String.class, pair.checkInId()))
                    .as("round %d", round).isEqualTo(winner);
        }
    }

    private long count(String sql, long cohortId) {
        return jdbc.queryForObject(sql, Long.class, cohortId);
    }
}
