package com.upward.matching;

import com.upward.base.BusinessRuleException;
import com.upward.matching.internal.LoadSpreadWeight;
import com.upward.matching.internal.MatchCriterion;
import com.upward.matching.internal.MatchingModels;
import com.upward.matching.internal.MatchingModels.PairSaved;
import com.upward.matching.internal.MatchingModels.Suggestion;
import com.upward.matching.internal.MatchingService;
import com.upward.program.CohortStatus;
import com.upward.program.Enrollment;
import com.upward.program.EnrollmentSide;
import com.upward.program.EnrollmentStatus;
import com.upward.program.ProgramTestData;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a pair change does beyond the pair itself: both people are told in the app, check-ins follow the mentee to
 * the new pair, a pair made in a running cohort gets its check-ins, closed cohorts refuse changes, settings are
 * audited.
 */
@SpringBootTest
@Tag("db")
@Transactional
@WithUserDetails("hr")
@RecordApplicationEvents
class PairChangesTest {

    @Autowired
    MatchingService matching;
    @Autowired
    ProgramTestData data;
    @Autowired
    EntityManager em;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    long cohort;
    Enrollment mentorA;
    Enrollment mentorB;
    Enrollment mentee;

    /** Two mentors and a mentee in an enrolling cohort. */
    void fixture() {
        cohort = data.enrollingCohort();
        mentorA = data.enrollment(cohort, data.employee("Finance", 6), EnrollmentSide.MENTOR,
                EnrollmentStatus.ACCEPTED);
        mentorB = data.enrollment(cohort, data.employee("Legal", 6), EnrollmentSide.MENTOR,
                EnrollmentStatus.ACCEPTED);
        mentee = data.enrollment(cohort, data.employee("Sales", 3), EnrollmentSide.MENTEE,
                EnrollmentStatus.ACCEPTED);
        em.flush();
    }

    static String name(Enrollment enrollment) {
        return enrollment.getEmployee().getFirstName() + " " + enrollment.getEmployee().getLastName();
    }

    List<PairChanged> published() {
        return events.stream(PairChanged.class).toList();
    }

    @Test
    void anAssignmentIsPublishedWithBothPeopleButNotTheReason() {
        fixture();
        PairSaved saved = matching.assign(cohort, mentorA.getId(), mentee.getId(),
                "Confidential: asked by their manager");

        assertThat(published()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(PairChanged.Kind.ASSIGNED);
            assertThat(change.assignmentId()).isEqualTo(saved.assignmentId());
            assertThat(change.previousAssignmentId()).isNull();
            assertThat(change.mentorEmployeeId()).isEqualTo(mentorA.getEmployee().getId());
            assertThat(change.mentorName()).isEqualTo(name(mentorA));
            assertThat(change.menteeEmployeeId()).isEqualTo(mentee.getEmployee().getId());
            assertThat(change.menteeName()).isEqualTo(name(mentee));
            assertThat(change.toString()).doesNotContain("Confidential");
        });
    }

    @Test
    void aRematchIsPublishedWithTheNewMentorAndTheOldOne() {
        fixture();
        PairSaved first = matching.assign(cohort, mentorA.getId(), mentee.getId(), null);
        PairSaved second = matching.rematch(first.assignmentId(), mentorB.getId(), "Wants a legal view");

        assertThat(published()).extracting(PairChanged::kind)
                .containsExactly(PairChanged.Kind.ASSIGNED, PairChanged.Kind.REMATCHED);
        assertThat(published().getLast()).satisfies(change -> {
            assertThat(change.assignmentId()).isEqualTo(second.assignmentId());
            assertThat(change.previousAssignmentId()).isEqualTo(first.assignmentId());
            assertThat(change.mentorName()).isEqualTo(name(mentorB));
            assertThat(change.previousMentorEmployeeId()).isEqualTo(mentorA.getEmployee().getId());
            assertThat(change.previousMentorName()).isEqualTo(name(mentorA));
        });
    }

    @Test
    void endingAPairIsPublished() {
        fixture();
        PairSaved pair = matching.assign(cohort, mentorA.getId(), mentee.getId(), null);
        matching.unassign(pair.assignmentId(), "Left the company");

        assertThat(published().getLast()).satisfies(change -> {
            assertThat(change.kind()).isEqualTo(PairChanged.Kind.UNASSIGNED);
            assertThat(change.assignmentId()).isEqualTo(pair.assignmentId());
            assertThat(change.mentorName()).isEqualTo(name(mentorA));
            assertThat(change.menteeName()).isEqualTo(name(mentee));
        });
    }

    @Test
    void rematchSuggestionsLeaveOutTheCurrentMentorAndCountTheFreedPlace() {
        fixture();
        PairSaved pair = matching.assign(cohort, mentorA.getId(), mentee.getId(), null);

        List<Suggestion> options = matching.rematchSuggestions(pair.assignmentId());

        assertThat(options).extracting(Suggestion::mentorEnrollmentId).containsExactly(mentorB.getId());
        assertThat(options.getFirst().mentorLoad()).isZero();
    }

    @Test
    void aClosedCohortRefusesEveryChange() {
        fixture();
        PairSaved pair = matching.assign(cohort, mentorA.getId(), mentee.getId(), null);
        data.status(cohort, CohortStatus.COMPLETED);
        String refusal = "Pairs can only change while the cohort is enrolling or active; this one is completed.";

        assertThatThrownBy(() -> matching.rematch(pair.assignmentId(), mentorB.getId(), "late"))
                .isInstanceOf(BusinessRuleException.class).hasMessage(refusal);
        assertThatThrownBy(() -> matching.unassign(pair.assignmentId(), "late"))
                .isInstanceOf(BusinessRuleException.class).hasMessage(refusal);
        assertThatThrownBy(() -> matching.saveSettings(cohort, Map.of(), true, LoadSpreadWeight.DEFAULT))
                .isInstanceOf(BusinessRuleException.class).hasMessage(refusal);
        assertThatThrownBy(() -> matching.acceptAutoMatch(cohort, List.of()))
                .isInstanceOf(BusinessRuleException.class).hasMessage(refusal);
        em.flush();
        assertThat(jdbc.queryForObject("select status from mentor_assignment where id = ?", String.class,
                pair.assignmentId())).isEqualTo("ACTIVE");
    }

    @Test
    void savingTheSettingsIsAudited() {
        fixture();
        matching.saveSettings(cohort, Map.of(MatchCriterion.FOCUS_AREAS, 50), true, LoadSpreadWeight.DEFAULT);
        em.flush();

        assertThat(jdbc.queryForObject("select details from audit_event where entity_type = 'Cohort' and entity_id = ?"
                + " and details like 'Matching weights%'", String.class, cohort))
                .isEqualTo("Matching weights: Focus areas vs skills 50, Cross-department 10, Level gap 20, "
                        + "Shared language 15, Time-zone distance 15, Stated preference 10; "
                        + "exclude pairs from earlier cohorts: yes; even spread 20");
        assertThat(jdbc.queryForObject("select exclude_previous_pairs from cohort where id = ?", Boolean.class,
                cohort)).isTrue();
    }
}
