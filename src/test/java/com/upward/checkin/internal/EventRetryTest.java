package com.upward.checkin.internal;

import com.upward.base.FailedEventRetry;
import com.upward.matching.internal.MatchingService;
import com.upward.matching.internal.MatchingModels.PairSaved;
import com.upward.program.ProgramTestData;
import com.upward.testsupport.CommittedPairsTest;
import com.upward.testsupport.EventListeners;
import com.upward.testsupport.RunningPairs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * Work that must not be lost survives a failing listener: the schedule of a pair made in a running cohort is made
 * after the commit, through the event publication registry. Here its listener fails once (as on a database hiccup);
 * the pair stands, the publication is kept as FAILED, and the scheduled retry makes the schedule. Everything runs as
 * in the app: committed transactions, the listener on the task executor's thread.
 */
@SpringBootTest
@Tag("db")
class EventRetryTest extends CommittedPairsTest {

    private static final String LISTENER = "%CheckInScheduleReactions.scheduleNewPair%";

    @MockitoSpyBean
    CheckInSchedule schedule;
    @Autowired
    MatchingService matching;
    @Autowired
    FailedEventRetry retry;
    @Autowired
    ProgramTestData data;

    /** Only this test's publications: the test database may keep failed ones of earlier tests' own cleaning-up. */
    @BeforeEach
    void noPublicationsYet() {
        EventListeners.awaitDone(jdbc);
        jdbc.update("delete from EVENT_PUBLICATION");
    }

    @Test
    void aListenerThatFailedOnceDoesItsWorkWhenTheFailedPublicationIsRetried() {
        RunningPairs.Run run = commit(2, mentee -> { });
        data.signIn("hr");
        long mentor = enrollmentOf(run.pairs().getFirst().mentorUsername(), run.cohortId());
        long mentee = run.pairs().getLast().menteeEnrollmentId();
        matching.unassign(assignmentOf(mentee), "Retry test: a new mentor");
        doThrow(new TransientDataAccessResourceException("database hiccup")).doCallRealMethod()
                .when(schedule).createScheduleOfPair(anyLong());

        PairSaved pair = matching.assign(run.cohortId(), mentor, mentee, null);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.queryForList(
                "select status from EVENT_PUBLICATION where listener_id like ?", String.class, LISTENER))
                .containsExactly("FAILED"));
        assertThat(jdbc.queryForObject("select status from mentor_assignment where id = ?", String.class,
                pair.assignmentId())).as("the pair stands").isEqualTo("ACTIVE");
        assertThat(checkInsOf(pair)).as("no schedule yet").isZero();

        retry.retryFailedListeners();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(checkInsOf(pair)).as("the schedule, made by the retry").isPositive();
            assertThat(jdbc.queryForObject("select count(*) from EVENT_PUBLICATION where listener_id like ?",
                    Long.class, LISTENER)).as("completed and deleted").isZero();
        });
        verify(schedule, times(2)).createScheduleOfPair(pair.assignmentId());
    }

    /** Lets the other listeners of the test's events (the notifications) finish before the clean-up. */
    @AfterEach
    void waitForTheListeners() {
        SecurityContextHolder.clearContext();
        EventListeners.awaitDone(jdbc);
        jdbc.update("delete from EVENT_PUBLICATION");
    }

    private long checkInsOf(PairSaved pair) {
        return jdbc.queryForObject("select count(*) from check_in where assignment_id = ?", Long.class,
                pair.assignmentId());
    }

    private long enrollmentOf(String username, long cohortId) {
        return jdbc.queryForObject("""
                select e.id from enrollment e join app_user u on u.employee_id = e.employee_id
                where u.username = ? and e.cohort_id = ?""", Long.class, username, cohortId);
    }

    private long assignmentOf(long menteeEnrollmentId) {
        return jdbc.queryForObject("select id from mentor_assignment where mentee_enrollment_id = ?", Long.class,
                menteeEnrollmentId);
    }
}
