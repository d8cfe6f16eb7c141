package com.upward.checkin.internal;

import com.upward.checkin.CheckInStatus;
import com.upward.checkin.HelpUrgency;
import com.upward.directory.Employee;
import com.upward.goals.Goal;
import com.upward.goals.GoalStatus;
import com.upward.goals.GoalType;
import com.upward.matching.MentorAssignment;
import com.upward.program.Cohort;
import com.upward.program.Enrollment;
import com.upward.program.EnrollmentSide;
import com.upward.testsupport.Fixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Check-in with goal updates, a submitted revision and the mentor's feedback. */
@Tag("db")
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class CheckInRepositoryTest {

    static final Instant SUBMITTED = Instant.parse("2026-03-13T17:45:10.654321Z");

    @Autowired
    CheckInRepository checkIns;
    @Autowired
    CheckInRevisionRepository revisions;
    @Autowired
    MentorFeedbackRepository feedback;
    @Autowired
    TestEntityManager em;

    @Test
    void roundTripCheckInWithGoalUpdatesRevisionAndFeedback() {
        Cohort cohort = Fixtures.cohort(em);
        Enrollment mentee = Fixtures.enrollment(em, cohort, EnrollmentSide.MENTEE);
        Enrollment mentor = Fixtures.enrollment(em, cohort, EnrollmentSide.MENTOR);
        MentorAssignment pair = em.persist(new MentorAssignment(cohort, mentor, mentee, LocalDate.of(2026, 3, 2)));
        Goal learning = em.persist(new Goal(mentee, GoalType.LEARNING, "Give hard feedback"));
        Goal outcome = em.persist(new Goal(mentee, GoalType.OUTCOME, "Ship the migration"));

        CheckIn checkIn = new CheckIn(mentee, 1, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 13));
        checkIn.setAssignment(pair);
        checkIn.setStatus(CheckInStatus.REVIEWED);
        checkIn.setSubmittedAt(SUBMITTED);
        checkIn.setReviewedAt(Instant.parse("2026-03-14T08:00:00Z"));
        checkIn.setMeetingHeld(true);
        checkIn.setMeetingOn(LocalDate.of(2026, 3, 10));
        checkIn.setMeetingMinutes(45);
        checkIn.setWins("Ran my first retro.");
        checkIn.setSetbacks("The dry run failed on data volume.");
        checkIn.setLessons("Test with production-sized data.");
        checkIn.setNextSteps("Sample 10% of prod data for the next run.");
        checkIn.setSupportNeeded("Review my rollback plan.");
        checkIn.setHelpRequested(true);
        checkIn.setHelpUrgency(HelpUrgency.URGENT);
        checkIn.setHelpAcknowledgedAt(Instant.parse("2026-03-14T08:00:00.100Z"));
        checkIn.setConfidence(3);
        checkIn.setPrivateNotes("Felt embarrassed in the stand-up.");
        checkIn.addGoalUpdate(learning, 30, GoalStatus.IN_PROGRESS, false);
        checkIn.addGoalUpdate(outcome, 20, GoalStatus.AT_RISK, true);
        checkIns.save(checkIn);

        revisions.save(new CheckInRevision(checkIn, 1, SUBMITTED, "{\"wins\":\"Ran my first retro.\"}"));
        MentorFeedback note = new MentorFeedback(checkIn, mentor.getEmployee(), "Great lesson. Let's pair on the rollback.");
        note.setHelpAcknowledged(true);
        feedback.saveAndFlush(note);
        em.clear();

        CheckIn loaded = checkIns.findByEnrollmentIdOrderByPeriodNumber(mentee.getId()).getFirst();
        assertThat(loaded.getId()).isEqualTo(checkIn.getId());
        assertThat(loaded.getAssignment().getId()).isEqualTo(pair.getId());
        assertThat(loaded.getPeriodNumber()).isEqualTo(1);
        assertThat(loaded.getPeriodStartsOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(loaded.getDueOn()).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(loaded.getStatus()).isEqualTo(CheckInStatus.REVIEWED);
        assertThat(loaded.getSubmittedAt()).isEqualTo(SUBMITTED);
        assertThat(loaded.getReviewedAt()).isEqualTo(Instant.parse("2026-03-14T08:00:00Z"));
        assertThat(loaded.getMeetingHeld()).isTrue();
        assertThat(loaded.getMeetingOn()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(loaded.getMeetingMinutes()).isEqualTo(45);
        assertThat(loaded.getWins()).isEqualTo("Ran my first retro.");
        assertThat(loaded.getSetbacks()).isEqualTo("The dry run failed on data volume.");
        assertThat(loaded.getLessons()).isEqualTo("Test with production-sized data.");
        assertThat(loaded.getNextSteps()).isEqualTo("Sample 10% of prod data for the next run.");
        assertThat(loaded.getSupportNeeded()).isEqualTo("Review my rollback plan.");
        assertThat(loaded.isHelpRequested()).isTrue();
        assertThat(loaded.getHelpUrgency()).isEqualTo(HelpUrgency.URGENT);
        assertThat(loaded.getHelpAcknowledgedAt()).isEqualTo(Instant.parse("2026-03-14T08:00:00.100Z"));
        assertThat(loaded.getConfidence()).isEqualTo(3);
        assertThat(loaded.getPrivateNotes()).isEqualTo("Felt embarrassed in the stand-up.");
        assertThat(loaded.getGoalUpdates()).hasSize(2);
        CheckInGoalUpdate first = loaded.getGoalUpdates().get(0);
        assertThat(first.getGoal().getId()).isEqualTo(learning.getId());
        assertThat(first.getProgress()).isEqualTo(30);
        assertThat(first.getStatus()).isEqualTo(GoalStatus.IN_PROGRESS);
        assertThat(first.isSetback()).isFalse();
        CheckInGoalUpdate second = loaded.getGoalUpdates().get(1);
        assertThat(second.getGoal().getId()).isEqualTo(outcome.getId());
        assertThat(second.getProgress()).isEqualTo(20);
        assertThat(second.getStatus()).isEqualTo(GoalStatus.AT_RISK);
        assertThat(second.isSetback()).isTrue();
        assertThat(em.getEntityManager().createQuery("""
                        select u from CheckInGoalUpdate u where u.goal.id = :goal
                        order by u.checkIn.periodNumber""", CheckInGoalUpdate.class)
                .setParameter("goal", outcome.getId()).getResultList()).containsExactly(second);

        assertThat(revisions.findByCheckInIdOrderByRevision(checkIn.getId())).singleElement().satisfies(r -> {
            assertThat(r.getRevision()).isEqualTo(1);
            assertThat(r.getSubmittedAt()).isEqualTo(SUBMITTED);
            assertThat(r.getContent()).isEqualTo("{\"wins\":\"Ran my first retro.\"}");
        });

        MentorFeedback loadedFeedback = feedback.findByCheckInId(checkIn.getId()).orElseThrow();
        assertThat(loadedFeedback.getAuthor().getId()).isEqualTo(mentor.getEmployee().getId());
        assertThat(loadedFeedback.getBody()).isEqualTo("Great lesson. Let's pair on the rollback.");
        assertThat(loadedFeedback.isHelpAcknowledged()).isTrue();
        assertThat(loadedFeedback.getCreatedAt()).isNotNull();
    }

    @Test
    void newCheckInDefaultsAndOptionalFieldsStayEmpty() {
        Enrollment mentee = Fixtures.enrollment(em, Fixtures.cohort(em), EnrollmentSide.MENTEE);
        CheckIn checkIn = checkIns.saveAndFlush(new CheckIn(mentee, 3, LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 10)));
        em.clear();

        CheckIn loaded = checkIns.findByEnrollmentIdAndPeriodNumber(mentee.getId(), 3).orElseThrow();
        assertThat(loaded.getId()).isEqualTo(checkIn.getId());
        assertThat(loaded.getStatus()).isEqualTo(CheckInStatus.DUE);
        assertThat(loaded.getAssignment()).isNull();
        assertThat(loaded.getMeetingHeld()).isNull();
        assertThat(loaded.getMeetingMinutes()).isNull();
        assertThat(loaded.getConfidence()).isNull();
        assertThat(loaded.getHelpUrgency()).isNull();
        assertThat(loaded.isHelpRequested()).isFalse();
        assertThat(loaded.getGoalUpdates()).isEmpty();
    }

    @Test
    void longFreeTextWithAnyCharactersIsKept() {
        Enrollment mentee = Fixtures.enrollment(em, Fixtures.cohort(em), EnrollmentSide.MENTEE);
        String wins = "Grüße, 成功 🎉 ".repeat(2_500); // 32,500 UTF-16 chars, 52,500 bytes in UTF-8: needs TEXT
        CheckIn checkIn = new CheckIn(mentee, 1, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 13));
        checkIn.setWins(wins);
        checkIn.setPrivateNotes("Ça va — 😬");
        checkIns.saveAndFlush(checkIn);
        em.clear();

        CheckIn loaded = checkIns.findById(checkIn.getId()).orElseThrow();
        assertThat(loaded.getWins()).hasSize(32_500).isEqualTo(wins);
        assertThat(loaded.getPrivateNotes()).isEqualTo("Ça va — 😬");
    }

    @Test
    void removedGoalUpdateIsDeleted() {
        Enrollment mentee = Fixtures.enrollment(em, Fixtures.cohort(em), EnrollmentSide.MENTEE);
        Goal goal = em.persist(new Goal(mentee, GoalType.LEARNING, "Listen more"));
        CheckIn checkIn = new CheckIn(mentee, 1, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 13));
        CheckInGoalUpdate update = checkIn.addGoalUpdate(goal, 10, GoalStatus.IN_PROGRESS, false);
        checkIns.saveAndFlush(checkIn);

        checkIn.removeGoalUpdate(update);
        checkIns.saveAndFlush(checkIn);
        em.clear();

        assertThat(em.find(CheckInGoalUpdate.class, update.getId())).isNull();
    }

    @Test
    void secondCheckInForTheSameEnrollmentAndPeriodIsRefused() {
        Enrollment mentee = Fixtures.enrollment(em, Fixtures.cohort(em), EnrollmentSide.MENTEE);
        checkIns.saveAndFlush(new CheckIn(mentee, 2, LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 27)));
        CheckIn duplicate = new CheckIn(mentee, 2, LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 27));

        assertThatThrownBy(() -> checkIns.saveAndFlush(duplicate)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void secondFeedbackOnTheSameCheckInIsRefused() {
        Enrollment mentee = Fixtures.enrollment(em, Fixtures.cohort(em), EnrollmentSide.MENTEE);
        Employee mentor = Fixtures.employee(em);
        CheckIn checkIn = checkIns.save(new CheckIn(mentee, 1, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 13)));
        feedback.saveAndFlush(new MentorFeedback(checkIn, mentor, "First"));

        assertThatThrownBy(() -> feedback.saveAndFlush(new MentorFeedback(checkIn, mentor, "Second")))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void concurrentEditOfACheckInFails() {
        Enrollment mentee = Fixtures.enrollment(em, Fixtures.cohort(em), EnrollmentSide.MENTEE);
        Long id = checkIns.saveAndFlush(new CheckIn(mentee, 1, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 13))).getId();
        em.clear();
        CheckIn mine = checkIns.findById(id).orElseThrow();
        em.detach(mine);
        CheckIn theirs = checkIns.findById(id).orElseThrow();
        em.detach(theirs);

        mine.setWins("Saved first");
        checkIns.saveAndFlush(mine);
        em.clear();
        theirs.setWins("Saved second, from a stale form");

        assertThatThrownBy(() -> checkIns.saveAndFlush(theirs))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        em.clear();
        assertThat(checkIns.findById(id).orElseThrow().getWins()).isEqualTo("Saved first");
    }
}
