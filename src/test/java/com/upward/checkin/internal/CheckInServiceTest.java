package com.upward.checkin.internal;

import com.upward.base.BusinessRuleException;
import com.upward.checkin.CheckInRules;
import com.upward.checkin.CheckInSubmitted;
import com.upward.checkin.HelpUrgency;
import com.upward.checkin.internal.CheckInModels.CheckInDetail;
import com.upward.checkin.internal.CheckInModels.CheckInInput;
import com.upward.checkin.internal.CheckInModels.CheckInRow;
import com.upward.checkin.internal.CheckInModels.GoalProgress;
import com.upward.checkin.internal.CheckInModels.Submitted;
import com.upward.goals.GoalStatus;
import com.upward.program.ProgramTestData;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import com.upward.goals.GoalService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The mentee's check-ins against the real database, on the demo mentee's running cohort. */
@SpringBootTest
@Tag("db")
@Transactional
@RecordApplicationEvents
class CheckInServiceTest {

    @Autowired
    CheckInService checkIns;
    @Autowired
    GoalService goals;
    @Autowired
    ProgramTestData data;
    @Autowired
    EntityManager em;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    long overdue;
    long upcoming;

    @BeforeEach
    void demoMentee() {
        LocalDate today = data.today();
        overdue = openCheckIn("ci.due_on < ?", today.minusDays(2));
        upcoming = openCheckIn("ci.due_on > ?", today.plusDays(2));
        data.signIn("mentee");
    }

    long openCheckIn(String dueCondition, LocalDate date) {
        return jdbc.queryForObject("""
                select min(ci.id) from check_in ci join enrollment e on e.id = ci.enrollment_id
                join cohort c on c.id = e.cohort_id join app_user u on u.employee_id = e.employee_id
                where u.username = 'mentee' and c.status = 'ACTIVE' and ci.status in ('DUE', 'DRAFT') and""" + " " + dueCondition,
                Long.class, date);
    }

    CheckInInput input(CheckInDetail detail, String setbacks, String lessons, Integer confidence) {
        List<GoalProgress> goals = detail.goals().stream()
                .filter(g -> g.status() != GoalStatus.PIVOTED)
                .map(g -> new GoalProgress(g.goalId(), Math.min(100, g.progress() + 10), GoalStatus.IN_PROGRESS,
                        true)).toList();
        return new CheckInInput(true, data.today().minusDays(1), 45, goals, "Shipped the first dashboard",
                setbacks, lessons, "Pair with SRE on alerts", null, false, null, confidence, "Only for me");
    }

    long version(long checkInId) {
        em.flush();
        em.clear();
        return checkIns.detail(checkInId).version();
    }

    @Test
    void theListShowsEveryCheckInOfTheRunningCohortWithItsState() {
        List<CheckInRow> rows = checkIns.myCheckIns();

        assertThat(rows).hasSize(jdbc.queryForObject("""
                select count(*) from check_in ci join enrollment e on e.id = ci.enrollment_id
                join cohort c on c.id = e.cohort_id join app_user u on u.employee_id = e.employee_id
                where u.username = 'mentee' and c.status = 'ACTIVE'""", Integer.class));
        assertThat(rows).filteredOn(r -> r.id() == overdue).singleElement()
                .satisfies(r -> assertThat(r.state()).isEqualTo(CheckInRules.State.OVERDUE));
        assertThat(rows).extracting(CheckInRow::dueOn).isSorted();
    }

    @Test
    void aDraftKeepsEverythingIncludingThePrivateNotes() {
        CheckInDetail empty = checkIns.detail(upcoming);
        checkIns.saveDraft(upcoming, empty.version(), input(empty, "Missed the demo", null, null));

        CheckInDetail draft = checkIns.detail(upcoming);
        assertThat(draft.state()).isEqualTo(CheckInRules.State.DRAFT);
        assertThat(draft.content().setbacks()).isEqualTo("Missed the demo");
        assertThat(draft.content().privateNotes()).isEqualTo("Only for me");
        assertThat(draft.content().meetingMinutes()).isEqualTo(45);
    }

    @Test
    void aLateSubmissionIsMarkedLateAndASetbackWithoutALessonIsNudged() {
        CheckInDetail detail = checkIns.detail(overdue);
        assertThatThrownBy(() -> checkIns.submit(overdue, detail.version(), input(detail, "Missed the demo", null,
                null))).isInstanceOf(BusinessRuleException.class)
                .hasMessage("How confident do you feel about your goals? Pick 1 to 5.");

        Submitted submitted = checkIns.submit(overdue, detail.version(), input(detail, "Missed the demo", null, 3));
        em.flush();

        assertThat(submitted.late()).isTrue();
        assertThat(submitted.setbackWithoutLesson()).isTrue();
        assertThat(submitted.revision()).isOne();
        assertThat(jdbc.queryForObject("select status from check_in where id = ?", String.class, overdue))
                .isEqualTo("SUBMITTED");
        assertThat(jdbc.queryForObject("select content from check_in_revision where check_in_id = ?", String.class,
                overdue)).contains("\"setbacks\":\"Missed the demo\"");
        var goal = detail.goals().stream().filter(g -> g.status() != GoalStatus.PIVOTED).findFirst().orElseThrow();
        assertThat(jdbc.queryForObject("select progress from goal where id = ?", Integer.class, goal.goalId()))
                .isEqualTo(Math.min(100, goal.progress() + 10));
        assertThat(jdbc.queryForList("""
                select n.title from notification n join app_user u on u.id = n.recipient_id
                where u.username = 'mentor' and n.type = 'CHECK_IN_SUBMITTED'""", String.class))
                .contains("Check-in from Łukasz Wiśniewski");
    }

    @Test
    void aSubmittedCheckInCanBeChangedAndEveryVersionIsKept() {
        CheckInDetail detail = checkIns.detail(upcoming);
        checkIns.submit(upcoming, detail.version(), input(detail, "Missed the demo", "Rehearse with a friend", 4));
        long v = version(upcoming);

        assertThatThrownBy(() -> checkIns.saveDraft(upcoming, v, input(detail, null, null, null)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("This check-in is submitted: change it and submit again.");
        Submitted again = checkIns.submit(upcoming, v, input(detail, "Missed the demo twice", "Rehearse", 4));

        assertThat(again.revision()).isEqualTo(2);
        assertThat(again.late()).isFalse();
        assertThat(checkIns.detail(upcoming).revisions()).isEqualTo(2);
    }

    @Test
    void theSubmittedRevisionKeepsTheFormAsJsonInAFixedShape() {
        CheckInDetail detail = checkIns.detail(upcoming);
        CheckInInput base = input(detail, "Missed the demo", "Rehearse", 4);
        checkIns.submit(upcoming, detail.version(), new CheckInInput(base.meetingHeld(), base.meetingOn(),
                base.meetingMinutes(), base.goals(), "Said \"no\"\nand meant it", base.setbacks(), base.lessons(),
                base.nextSteps(), "Time with the SRE lead", true, HelpUrgency.URGENT, 4, "Only for me"));
        long v = version(upcoming);
        checkIns.submit(upcoming, v, new CheckInInput(false, data.today(), 30, base.goals(), null, null, null, null,
                null, false, HelpUrgency.URGENT, 2, null));
        em.flush();

        // a goal's keys in a fixed order (before, they came from Map.of, whose order changed from run to run)
        String goals = base.goals().stream().map(g -> "{\"goalId\":" + g.goalId() + ",\"progress\":" + g.progress()
                + ",\"status\":\"IN_PROGRESS\",\"setback\":true}").collect(Collectors.joining(",", "[", "]"));
        assertThat(base.goals()).isNotEmpty();
        assertThat(jdbc.queryForList("select content from check_in_revision where check_in_id = ? order by revision",
                String.class, upcoming)).containsExactly(
                "{\"meetingHeld\":true,\"meetingOn\":\"" + base.meetingOn() + "\",\"meetingMinutes\":45,\"goals\":"
                        + goals + ",\"wins\":\"Said \\\"no\\\"\\nand meant it\",\"setbacks\":\"Missed the demo\","
                        + "\"lessons\":\"Rehearse\",\"nextSteps\":\"Pair with SRE on alerts\","
                        + "\"supportNeeded\":\"Time with the SRE lead\",\"helpRequested\":true,"
                        + "\"helpUrgency\":\"URGENT\",\"confidence\":4,\"privateNotes\":\"Only for me\"}",
                "{\"meetingHeld\":false,\"meetingOn\":null,\"meetingMinutes\":null,\"goals\":" + goals
                        + ",\"wins\":null,\"setbacks\":null,\"lessons\":null,\"nextSteps\":null,"
                        + "\"supportNeeded\":null,\"helpRequested\":false,\"helpUrgency\":null,\"confidence\":2,"
                        + "\"privateNotes\":null}");
    }

    @Test
    void aSaveFromAnOlderReadIsRefusedAsAConflict() {
        CheckInDetail detail = checkIns.detail(upcoming);
        checkIns.saveDraft(upcoming, detail.version(), input(detail, "First tab", null, null));
        em.flush();

        assertThatThrownBy(() -> checkIns.saveDraft(upcoming, detail.version(), input(detail, "Second tab", null,
                null))).isInstanceOf(BusinessRuleException.class).hasMessage(CheckInService.STALE.english());
        assertThat(checkIns.detail(upcoming).content().setbacks()).isEqualTo("First tab");
    }

    /** Issue 24: a goal's progress follows its milestones until the mentee moves it in a check-in. */
    @Test
    void aCheckInThatMovesAGoalsProgressSetsItByHandAndOneThatLeavesItDoesNot() {
        CheckInDetail detail = checkIns.detail(upcoming);
        List<Long> open = detail.goals().stream().filter(g -> g.status() != GoalStatus.PIVOTED)
                .map(g -> g.goalId()).toList();
        assertThat(open).as("the demo mentee's open goals").hasSizeGreaterThan(1);
        open.forEach(id -> jdbc.update("update goal set progress_by_hand = false where id = ?", id));
        long moved = open.getFirst();
        List<GoalProgress> goals = detail.goals().stream().filter(g -> g.status() != GoalStatus.PIVOTED)
                .map(g -> new GoalProgress(g.goalId(), g.goalId() == moved ? (g.progress() + 10) % 100 : g.progress(),
                        g.status(), false)).toList();
        CheckInInput base = input(detail, null, null, 3);
        checkIns.submit(upcoming, detail.version(), new CheckInInput(base.meetingHeld(), base.meetingOn(),
                base.meetingMinutes(), goals, base.wins(), null, null, null, null, false, null, 3, null));
        em.flush();

        for (long id : open) {
            assertThat(jdbc.queryForObject("select progress_by_hand from goal where id = ?", Boolean.class, id))
                    .as("goal %d", id).isEqualTo(id == moved);
        }
    }

    @Test
    void aDraftSavedBeforeMilestonesWereTickedShowsTheGoalAsItIsNowAndSubmittedUntouchedKeepsFollowingThem() {
        long goalId = jdbc.queryForObject("""
                select min(g.id) from goal g join check_in ci on ci.enrollment_id = g.enrollment_id
                where ci.id = ? and g.status in ('NOT_STARTED', 'IN_PROGRESS')
                  and (select count(*) from milestone m where m.goal_id = g.id and m.done = false) > 0""",
                Long.class, upcoming);
        jdbc.update("update goal set progress_by_hand = false where id = ?", goalId);
        em.clear();
        CheckInDetail detail = checkIns.detail(upcoming);
        int before = progressOf(detail, goalId);
        List<GoalProgress> untouched = detail.goals().stream().filter(g -> g.status() != GoalStatus.PIVOTED)
                .map(g -> new GoalProgress(g.goalId(), g.progress(), g.status(), false)).toList();
        CheckInInput base = input(detail, null, null, 3);
        CheckInInput draft = new CheckInInput(base.meetingHeld(), base.meetingOn(), base.meetingMinutes(), untouched,
                base.wins(), null, null, null, null, false, null, 3, null);
        checkIns.saveDraft(upcoming, detail.version(), draft);
        em.flush();

        // the mentee ticks a milestone on the goals page after saving the draft
        long milestone = jdbc.queryForObject("select min(id) from milestone where goal_id = ? and done = false",
                Long.class, goalId);
        em.clear();
        goals.tickMilestone(goalId, jdbc.queryForObject("select version from goal where id = ?", Long.class, goalId),
                milestone, true);
        em.flush();
        int now = jdbc.queryForObject("select progress from goal where id = ?", Integer.class, goalId);
        assertThat(now).isGreaterThan(before);

        em.clear();
        CheckInDetail reopened = checkIns.detail(upcoming);
        assertThat(progressOf(reopened, goalId)).as("the draft shows the goal as it is now").isEqualTo(now);
        List<GoalProgress> asShown = reopened.goals().stream().filter(g -> g.status() != GoalStatus.PIVOTED)
                .map(g -> new GoalProgress(g.goalId(), g.progress(), g.status(), false)).toList();
        checkIns.submit(upcoming, reopened.version(), new CheckInInput(draft.meetingHeld(), draft.meetingOn(),
                draft.meetingMinutes(), asShown, draft.wins(), null, null, null, null, false, null, 3, null));
        em.flush();
        assertThat(jdbc.queryForObject("select progress_by_hand from goal where id = ?", Boolean.class, goalId))
                .isFalse();
        assertThat(jdbc.queryForObject("select progress from goal where id = ?", Integer.class, goalId))
                .isEqualTo(now);
    }

    private static int progressOf(CheckInDetail detail, long goalId) {
        return detail.goals().stream().filter(g -> g.goalId() == goalId).findFirst().orElseThrow().progress();
    }

    @Test
    void anUrgentHelpRequestIsPublishedForTheMentorAndHrWithoutTheText() {
        CheckInDetail detail = checkIns.detail(upcoming);
        CheckInInput base = input(detail, null, null, 2);
        checkIns.submit(upcoming, detail.version(), new CheckInInput(base.meetingHeld(), base.meetingOn(),
                base.meetingMinutes(), base.goals(), base.wins(), null, null, null,
                "Secret: my manager blocks the project", true, HelpUrgency.URGENT, 2, null));

        // who is told what is the notification feature's business (CheckInNotificationsTest)
        assertThat(events.stream(CheckInSubmitted.class)).singleElement().satisfies(submitted -> {
            assertThat(submitted.checkInId()).isEqualTo(upcoming);
            assertThat(submitted.menteeName()).isEqualTo("Łukasz Wiśniewski");
            assertThat(submitted.mentorEmployeeId()).isEqualTo(jdbc.queryForObject(
                    "select employee_id from app_user where username = 'mentor'", Long.class));
            assertThat(submitted.firstSubmission()).isTrue();
            assertThat(submitted.helpRequested()).isTrue();
            assertThat(submitted.urgency()).isEqualTo(HelpUrgency.URGENT);
            assertThat(submitted.toString()).doesNotContain("Secret");
        });
    }

    @Test
    void emojiAndAnyScriptAreStoredIntactUpToTheLimit() {
        CheckInDetail detail = checkIns.detail(upcoming);
        String text = "🎉 Shipped! — نجحنا · 成功了 · Zoë";
        CheckInInput base = input(detail, null, null, 5);
        checkIns.saveDraft(upcoming, detail.version(), new CheckInInput(false, null, null, base.goals(), text, null,
                null, null, null, false, null, 5, null));
        em.flush();
        assertThat(jdbc.queryForObject("select wins from check_in where id = ?", String.class, upcoming))
                .isEqualTo(text);

        long v = version(upcoming);
        assertThatThrownBy(() -> checkIns.saveDraft(upcoming, v, new CheckInInput(false, null, null, List.of(),
                "x".repeat(4001), null, null, null, null, false, null, null, null)))
                .isInstanceOf(BusinessRuleException.class).hasMessage("Keep it under 4000 characters (now 4001).");
    }

    @ParameterizedTest(name = "{0} cannot open the mentee's check-in here")
    @ValueSource(strings = {"mentor", "mentee2", "hr", "exec", "admin"})
    void onlyTheAuthorOpensOrWritesIt(String username) {
        data.signIn(username);
        assertThatThrownBy(() -> checkIns.detail(upcoming)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> checkIns.saveDraft(upcoming, 0, new CheckInInput(null, null, null, List.of(),
                "planted", null, null, null, null, false, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        em.flush();
        assertThat(jdbc.queryForObject("select count(*) from check_in where wins = 'planted'", Long.class)).isZero();
    }
}
