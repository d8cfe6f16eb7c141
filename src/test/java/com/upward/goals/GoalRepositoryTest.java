package com.upward.goals;

import com.upward.directory.Employee;
import com.upward.goals.internal.GoalComment;
import com.upward.goals.internal.GoalCommentRepository;
import com.upward.goals.internal.GoalRepository;
import com.upward.program.Enrollment;
import com.upward.program.EnrollmentSide;
import com.upward.testsupport.Fixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Goal with its milestones (cascaded, ordered) and comments. */
@Tag("db")
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class GoalRepositoryTest {

    @Autowired
    GoalRepository goals;
    @Autowired
    GoalCommentRepository comments;
    @Autowired
    TestEntityManager em;

    @Test
    void roundTripGoalWithMilestonesAndComment() {
        Enrollment enrollment = Fixtures.enrollment(em, Fixtures.cohort(em), EnrollmentSide.MENTEE);
        Employee mentor = Fixtures.employee(em);

        Goal better = goals.save(new Goal(enrollment, GoalType.OUTCOME, "Ship the migration in two steps"));
        Goal goal = new Goal(enrollment, GoalType.LEARNING, "Learn to give hard feedback");
        goal.setWhyItMatters("My team deserves honest reviews.");
        goal.setSuccessCriteria("Three difficult conversations held and reflected on.");
        goal.setTargetDate(LocalDate.of(2026, 6, 30));
        goal.setStatus(GoalStatus.PIVOTED);
        goal.setProgress(40);
        goal.setReplacedByGoal(better);
        goal.addMilestone("Read 'Radical Candor'");
        goal.addMilestone("Role-play with mentor").setDone(true);
        goal.addMilestone("Hold the first real conversation");
        goal.getMilestones().get(1).setDoneOn(LocalDate.of(2026, 3, 20));
        goals.save(goal);

        GoalComment comment = new GoalComment(goal, mentor, "Good pivot - the new goal is sharper.",
                Instant.parse("2026-03-21T12:00:00.500Z"));
        comments.saveAndFlush(comment);
        em.clear();

        Goal loaded = goals.findById(goal.getId()).orElseThrow();
        assertThat(loaded.getEnrollment().getId()).isEqualTo(enrollment.getId());
        assertThat(loaded.getGoalType()).isEqualTo(GoalType.LEARNING);
        assertThat(loaded.getTitle()).isEqualTo("Learn to give hard feedback");
        assertThat(loaded.getWhyItMatters()).isEqualTo("My team deserves honest reviews.");
        assertThat(loaded.getSuccessCriteria()).isEqualTo("Three difficult conversations held and reflected on.");
        assertThat(loaded.getTargetDate()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(loaded.getStatus()).isEqualTo(GoalStatus.PIVOTED);
        assertThat(loaded.getProgress()).isEqualTo(40);
        assertThat(loaded.getReplacedByGoal().getId()).isEqualTo(better.getId());
        assertThat(loaded.getMilestones()).extracting(Milestone::getTitle)
                .containsExactly("Read 'Radical Candor'", "Role-play with mentor", "Hold the first real conversation");
        assertThat(loaded.getMilestones()).extracting(Milestone::getPosition).containsExactly(0, 1, 2);
        assertThat(loaded.getMilestones()).extracting(Milestone::isDone).containsExactly(false, true, false);
        assertThat(loaded.getMilestones().get(1).getDoneOn()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(goals.findByEnrollmentIdOrderById(enrollment.getId())).containsExactly(better, loaded);

        GoalComment loadedComment = comments.findByGoalIdOrderByCreatedAt(goal.getId()).getFirst();
        assertThat(loadedComment.getAuthor().getId()).isEqualTo(mentor.getId());
        assertThat(loadedComment.getBody()).isEqualTo("Good pivot - the new goal is sharper.");
        assertThat(loadedComment.getCreatedAt()).isEqualTo(Instant.parse("2026-03-21T12:00:00.500Z"));
    }

    @Test
    void milestonesAreReorderedAndRemovedThroughTheGoal() {
        Enrollment enrollment = Fixtures.enrollment(em, Fixtures.cohort(em), EnrollmentSide.MENTEE);
        Goal goal = new Goal(enrollment, GoalType.OUTCOME, "Ship the migration");
        goal.addMilestone("Plan");
        goal.addMilestone("Dry run");
        goal.addMilestone("Cut over");
        goals.saveAndFlush(goal);
        em.clear();

        Goal loaded = goals.findById(goal.getId()).orElseThrow();
        Milestone dryRun = loaded.getMilestones().get(1);
        loaded.removeMilestone(dryRun);
        loaded.getMilestones().get(0).setPosition(5);
        goals.saveAndFlush(loaded);
        em.clear();

        assertThat(em.find(Milestone.class, dryRun.getId())).isNull();
        assertThat(goals.findById(goal.getId()).orElseThrow().getMilestones())
                .extracting(Milestone::getTitle).containsExactly("Cut over", "Plan");
        assertThat(em.getEntityManager().createQuery(
                        "select m from Milestone m where m.goal.id = :goal order by m.position", Milestone.class)
                .setParameter("goal", goal.getId()).getResultList())
                .extracting(Milestone::getPosition).containsExactly(2, 5);
    }

    @Test
    void newGoalDefaults() {
        Enrollment enrollment = Fixtures.enrollment(em, Fixtures.cohort(em), EnrollmentSide.MENTEE);
        Goal goal = goals.saveAndFlush(new Goal(enrollment, GoalType.OUTCOME, "Ship it"));
        em.clear();

        Goal loaded = goals.findById(goal.getId()).orElseThrow();
        assertThat(loaded.getStatus()).isEqualTo(GoalStatus.NOT_STARTED);
        assertThat(loaded.getProgress()).isZero();
        assertThat(loaded.getMilestones()).isEmpty();
        assertThat(loaded.getReplacedByGoal()).isNull();
    }
}
