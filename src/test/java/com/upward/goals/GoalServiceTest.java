package com.upward.goals;

import com.upward.base.BusinessRuleException;
import com.upward.goals.GoalModels.GoalCard;
import com.upward.goals.GoalModels.GoalForm;
import com.upward.goals.GoalModels.MilestoneItem;
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
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Goals against the real database, with the demo people: the mentee, their mentor, and everyone else. */
@SpringBootTest
@Tag("db")
@Transactional
class GoalServiceTest {

    @Autowired
    GoalService goals;
    @Autowired
    ProgramTestData data;
    @Autowired
    EntityManager em;
    @Autowired
    JdbcTemplate jdbc;

    long active;
    long completed;
    LocalDate endsOn;

    @BeforeEach
    void demoMenteesEnrollments() {
        active = enrollmentOf("mentee", "ACTIVE");
        completed = enrollmentOf("mentee", "COMPLETED");
        endsOn = jdbc.queryForObject("select c.ends_on from enrollment e join cohort c on c.id = e.cohort_id"
                + " where e.id = ?", LocalDate.class, active);
        data.signIn("mentee");
    }

    long enrollmentOf(String username, String cohortStatus) {
        return jdbc.queryForObject("""
                select e.id from enrollment e join cohort c on c.id = e.cohort_id
                join app_user u on u.employee_id = e.employee_id
                where u.username = ? and c.status = ? and e.side = 'MENTEE'""", Long.class, username, cohortStatus);
    }

    GoalForm form(String title) {
        return new GoalForm(GoalType.LEARNING, title, "I freeze when a launch slips.", "I run a calm post-mortem.",
                endsOn.minusDays(7));
    }

    GoalCard card(long goalId) {
        em.flush();
        em.clear();
        return goals.goalsOf(active).stream().filter(g -> g.id() == goalId).findFirst().orElseThrow();
    }

    static void assertRefused(Runnable action, String field, String message) {
        assertThatThrownBy(action::run).isInstanceOf(BusinessRuleException.class).hasMessage(message)
                .extracting(e -> ((BusinessRuleException) e).getField()).isEqualTo(field);
    }

    @Test
    void aMenteeWritesASmartGoalAndEachWrongFieldIsNamed() {
        long id = goals.create(active, form("  Give hard feedback kindly  "));
        GoalCard goal = card(id);
        assertThat(goal.title()).isEqualTo("Give hard feedback kindly");
        assertThat(goal.status()).isEqualTo(GoalStatus.NOT_STARTED);
        assertThat(goal.targetDate()).isEqualTo(endsOn.minusDays(7));

        assertRefused(() -> goals.create(active, new GoalForm(null, "x", null, null, endsOn)), "type",
                "Pick a type: learning or outcome.");
        assertRefused(() -> goals.create(active, form(" ")), "title", "This cannot be empty.");
        assertThatThrownBy(() -> goals.create(active, new GoalForm(GoalType.OUTCOME, "Ship", null, null,
                endsOn.plusDays(1)))).isInstanceOf(BusinessRuleException.class)
                .hasMessageStartingWith("Pick a date while the cohort runs, between ");
        assertRefused(() -> goals.create(active, new GoalForm(GoalType.OUTCOME, "Ship", "x".repeat(4001), null,
                endsOn)), "whyItMatters", "Keep it under 4000 characters (now 4001).");
    }

    /** Issue 21: an override character in a title reversed the app's own text after it on the mentor's page. */
    @Test
    void aTitleKeepsNoBidirectionalOverride() {
        long id = goals.create(active, new GoalForm(GoalType.LEARNING, "\u202EGive hard feedback\u2066 kindly\u2069",
                "Because\u202B it matters\u202C", null, endsOn));

        assertThat(card(id).title()).isEqualTo("Give hard feedback kindly");
        assertThat(card(id).whyItMatters()).isEqualTo("Because it matters");
    }

    @Test
    void milestonesAreAddedTickedReorderedAndRemoved() {
        long id = goals.create(active, form("Run a retro"));
        goals.addMilestone(id, card(id).version(), "Read about blameless retros");
        goals.addMilestone(id, card(id).version(), "Run one with the team");
        goals.addMilestone(id, card(id).version(), "Ask for feedback on it");
        List<MilestoneItem> steps = card(id).milestones();

        goals.moveMilestone(id, card(id).version(), steps.get(2).id(), -1);
        goals.tickMilestone(id, card(id).version(), steps.get(0).id(), true);
        goals.moveMilestone(id, card(id).version(), steps.get(0).id(), -1); // already first: nothing moves

        GoalCard after = card(id);
        assertThat(after.milestones()).extracting(MilestoneItem::title).containsExactly(
                "Read about blameless retros", "Ask for feedback on it", "Run one with the team");
        assertThat(after.milestones().getFirst().done()).isTrue();
        assertThat(after.milestones().getFirst().doneOn()).isEqualTo(data.today());
        assertThat(after.milestonesDone()).isOne();

        goals.removeMilestone(id, after.version(), steps.get(1).id());
        assertThat(card(id).milestones()).hasSize(2);
    }

    /** Issue 24: a goal with 1 of 3 milestones done showed "0 % · Not started". */
    @Test
    void progressFollowsTheMilestonesDoneUntilTheMenteeSetsItByHand() {
        long id = goals.create(active, form("Give a talk"));
        goals.addMilestone(id, card(id).version(), "Pick a topic");
        goals.addMilestone(id, card(id).version(), "Write the outline");
        goals.addMilestone(id, card(id).version(), "Rehearse with my mentor");
        List<MilestoneItem> steps = card(id).milestones();

        goals.tickMilestone(id, card(id).version(), steps.get(0).id(), true);
        GoalCard oneDone = card(id);
        assertThat(oneDone.progress()).isEqualTo(33);
        assertThat(oneDone.status()).isEqualTo(GoalStatus.IN_PROGRESS);
        assertThat(oneDone.progressByHand()).isFalse();

        goals.removeMilestone(id, oneDone.version(), steps.get(2).id());
        assertThat(card(id).progress()).as("1 of 2").isEqualTo(50);

        setByHand(id, 80);
        goals.tickMilestone(id, card(id).version(), steps.get(1).id(), false);
        goals.tickMilestone(id, card(id).version(), steps.get(0).id(), false);
        assertThat(card(id).progress()).as("set by hand: the milestones no longer move it").isEqualTo(80);
        assertThat(card(id).progressByHand()).isTrue();

        goals.followMilestones(id, card(id).version());
        assertThat(card(id).progress()).isZero();
        assertThat(card(id).progressByHand()).isFalse();
    }

    @Test
    void anAchievedGoalKeepsItsFullProgressWhateverItsMilestones() {
        long id = goals.create(active, form("Lead a stand-up"));
        goals.addMilestone(id, card(id).version(), "Watch two");
        goals.changeStatus(id, card(id).version(), GoalStatus.ACHIEVED, null);
        goals.addMilestone(id, card(id).version(), "Lead one");
        assertThat(card(id).progress()).isEqualTo(100);
    }

    /** What a submitted check-in does to a goal whose slider the mentee moved (CheckInService). */
    private void setByHand(long goalId, int progress) {
        em.find(Goal.class, goalId).setProgressByHand(progress);
        em.flush();
    }

    @Test
    void aSecondSaveFromAnOlderReadIsAConflictNotAnOverwrite() {
        long id = goals.create(active, form("Original"));
        long read = card(id).version();
        goals.update(id, read, form("First tab"));
        em.flush();

        assertRefused(() -> goals.update(id, read, form("Second tab")), null, GoalService.STALE.english());
        assertRefused(() -> goals.addMilestone(id, read, "late step"), null, GoalService.STALE.english());
        assertThat(card(id).title()).isEqualTo("First tab");
        assertThat(card(id).milestones()).isEmpty();
    }

    @Test
    void aPivotNamesTheGoalThatReplacesIt() {
        long old = goals.create(active, form("Lead the migration"));
        long better = goals.create(active, form("Learn to delegate the migration"));

        assertRefused(() -> goals.changeStatus(old, card(old).version(), GoalStatus.PIVOTED, null), "replacement",
                "Say which goal replaces this one: create it first if it does not exist yet.");
        assertRefused(() -> goals.changeStatus(old, card(old).version(), GoalStatus.PIVOTED, old), "replacement",
                "The replacement must be another of your goals in this cohort.");
        goals.changeStatus(old, card(old).version(), GoalStatus.PIVOTED, better);
        goals.changeStatus(better, card(better).version(), GoalStatus.ACHIEVED, null);

        assertThat(card(old).status()).isEqualTo(GoalStatus.PIVOTED);
        assertThat(card(old).replacedByTitle()).isEqualTo("Learn to delegate the migration");
        assertThat(card(better).progress()).isEqualTo(100);
    }

    @Test
    void theCurrentMentorReadsAndCommentsButDoesNotEdit() {
        long id = goals.create(active, form("Say no to scope creep"));
        em.flush();
        data.signIn("mentor");

        assertThat(goals.goalsOf(active)).extracting(GoalCard::id).contains(id);
        goals.comment(id, "Try the 'yes, and later' script in Thursday's planning.");
        assertThat(goals.comments(id)).singleElement()
                .satisfies(c -> assertThat(c.body()).startsWith("Try the 'yes, and later'"));
        em.flush();
        assertThat(goals.goalsOf(active)).filteredOn(g -> g.id() == id).singleElement()
                .satisfies(g -> assertThat(g.comments()).isOne());
        assertThatThrownBy(() -> goals.update(id, 0, form("Mentor's words")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"mentee2", "mentor2", "hr", "exec", "admin"})
    void nobodyElseSeesOrTouchesTheGoals(String username) {
        long id = goals.create(active, form("Private growth"));
        em.flush();
        data.signIn(username);

        assertThatThrownBy(() -> goals.goalsOf(active)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> goals.comments(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> goals.comment(id, "hi")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> goals.create(active, form("Planted"))).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from goal where title = 'Planted'", Long.class)).isZero();
    }

    @Test
    void aCompletedCohortsGoalsAreReadOnly() {
        assertThat(goals.myEnrollments()).extracting(GoalModels.GoalEnrollment::enrollmentId)
                .contains(active, completed);
        assertThat(goals.myEnrollments()).filteredOn(e -> e.enrollmentId() == completed)
                .singleElement().satisfies(e -> assertThat(e.editable()).isFalse());
        assertThatThrownBy(() -> goals.create(completed, form("Too late")))
                .isInstanceOf(BusinessRuleException.class).hasMessage("This cohort is completed: its goals can no "
                        + "longer change.");
    }

    @Test
    void anyScriptAndEmojiAreKeptIntact() {
        String text = "Zoë 🚀 — تعلّم القيادة · 学习领导力 · Łukasz";
        long id = goals.create(active, new GoalForm(GoalType.OUTCOME, text, text, text, endsOn));
        em.flush();
        assertThat(jdbc.queryForObject("select title from goal where id = ?", String.class, id)).isEqualTo(text);
        assertThat(jdbc.queryForObject("select success_criteria from goal where id = ?", String.class, id))
                .isEqualTo(text);
    }
}
