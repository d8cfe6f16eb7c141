package com.upward.matching.internal;

import com.upward.matching.AssignmentStatus;
import com.upward.matching.MentorAssignment;
import com.upward.program.Cohort;
import com.upward.program.Enrollment;
import com.upward.program.EnrollmentSide;
import com.upward.security.AppUser;
import com.upward.testsupport.Fixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("db")
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class MentorAssignmentRepositoryTest {

    @Autowired
    MentorAssignmentRepository assignments;
    @Autowired
    AssignmentEventRepository events;
    @Autowired
    TestEntityManager em;

    @Test
    void roundTripAssignmentWithHistory() {
        Cohort cohort = Fixtures.cohort(em);
        Enrollment mentor = Fixtures.enrollment(em, cohort, EnrollmentSide.MENTOR);
        Enrollment otherMentor = Fixtures.enrollment(em, cohort, EnrollmentSide.MENTOR);
        Enrollment mentee = Fixtures.enrollment(em, cohort, EnrollmentSide.MENTEE);
        AppUser hr = Fixtures.user(em);

        MentorAssignment first = new MentorAssignment(cohort, mentor, mentee, LocalDate.of(2026, 3, 2));
        first.setStatus(AssignmentStatus.ENDED);
        first.setScore(new BigDecimal("71.50"));
        first.setEndsOn(LocalDate.of(2026, 4, 1));
        first.setEndReason("Schedules never matched");
        assignments.save(first);

        MentorAssignment second = new MentorAssignment(cohort, otherMentor, mentee, LocalDate.of(2026, 4, 2));
        second.setStatus(AssignmentStatus.ACTIVE);
        second.setScore(new BigDecimal("88.25"));
        second.setScoreExplanation("{\"skills\":40.0,\"crossDepartment\":20.0,\"levelGap\":28.25}");
        second.setAssignedBy(hr);
        second.setAssignmentReason("Rematch after mentor's schedule change");
        assignments.save(second);

        AssignmentEvent assigned = new AssignmentEvent(first, AssignmentEventType.ASSIGNED, hr,
                Instant.parse("2026-03-01T09:00:00.000100Z"));
        assigned.setNewScore(new BigDecimal("71.50"));
        events.save(assigned);
        AssignmentEvent rematched = new AssignmentEvent(second, AssignmentEventType.REMATCHED, hr,
                Instant.parse("2026-04-01T16:30:00.250000Z"));
        rematched.setReason("Schedules never matched");
        rematched.setOldScore(new BigDecimal("71.50"));
        rematched.setNewScore(new BigDecimal("88.25"));
        rematched.setPreviousAssignment(first);
        events.saveAndFlush(rematched);
        em.clear();

        MentorAssignment loaded = assignments.findById(second.getId()).orElseThrow();
        assertThat(loaded.getCohort().getId()).isEqualTo(cohort.getId());
        assertThat(loaded.getMentorEnrollment().getId()).isEqualTo(otherMentor.getId());
        assertThat(loaded.getMenteeEnrollment().getId()).isEqualTo(mentee.getId());
        assertThat(loaded.getStatus()).isEqualTo(AssignmentStatus.ACTIVE);
        assertThat(loaded.getScore()).isEqualByComparingTo("88.25");
        assertThat(loaded.getScore().scale()).isEqualTo(2);
        assertThat(loaded.getScoreExplanation()).isEqualTo("{\"skills\":40.0,\"crossDepartment\":20.0,\"levelGap\":28.25}");
        assertThat(loaded.getAssignedBy().getId()).isEqualTo(hr.getId());
        assertThat(loaded.getAssignmentReason()).isEqualTo("Rematch after mentor's schedule change");
        assertThat(loaded.getStartsOn()).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(loaded.getEndsOn()).isNull();

        MentorAssignment ended = assignments.findById(first.getId()).orElseThrow();
        assertThat(ended.getEndsOn()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(ended.getEndReason()).isEqualTo("Schedules never matched");

        assertThat(assignments.findByMenteeEnrollmentIdOrderByStartsOnDesc(mentee.getId()))
                .extracting(MentorAssignment::getId).containsExactly(second.getId(), first.getId());
        assertThat(assignments.findByCohortIdAndStatusIn(cohort.getId(), EnumSet.of(AssignmentStatus.ACTIVE)))
                .containsExactly(loaded);

        List<AssignmentEvent> history = events.findByAssignmentIdOrderByOccurredAt(second.getId());
        assertThat(history).hasSize(1);
        AssignmentEvent event = history.getFirst();
        assertThat(event.getEventType()).isEqualTo(AssignmentEventType.REMATCHED);
        assertThat(event.getActor().getId()).isEqualTo(hr.getId());
        assertThat(event.getOccurredAt()).isEqualTo(Instant.parse("2026-04-01T16:30:00.250000Z"));
        assertThat(event.getReason()).isEqualTo("Schedules never matched");
        assertThat(event.getOldScore()).isEqualByComparingTo("71.50");
        assertThat(event.getNewScore()).isEqualByComparingTo("88.25");
        assertThat(event.getPreviousAssignment().getId()).isEqualTo(first.getId());
        assertThat(events.findByAssignmentIdOrderByOccurredAt(first.getId()))
                .singleElement().satisfies(e -> {
                    assertThat(e.getEventType()).isEqualTo(AssignmentEventType.ASSIGNED);
                    assertThat(e.getOldScore()).isNull();
                    assertThat(e.getPreviousAssignment()).isNull();
                });
    }
}
