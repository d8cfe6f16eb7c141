package com.upward.matching;

import com.upward.base.BusinessRuleException;
import com.upward.directory.Employee;
import com.upward.matching.internal.BoardRows.MenteeRow;
import com.upward.matching.internal.MatchingBoardService;
import com.upward.matching.internal.MatchingModels.PairSaved;
import com.upward.matching.internal.MatchingService;
import com.upward.matching.internal.PairingModels.MentorChoice;
import com.upward.matching.internal.PairingModels.PairingOptions;
import com.upward.matching.internal.PairingModels.Proposal;
import com.upward.matching.internal.PairingService;
import com.upward.program.Cohort;
import com.upward.program.Enrollment;
import com.upward.program.EnrollmentSide;
import com.upward.program.EnrollmentStatus;
import com.upward.program.ProgramTestData;
import com.upward.testsupport.TestTime;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 24's pairing options against the real database: a proposed pair runs only once both people accept, a
 * decline sends the mentee back to the board with the reason for HR, and a mentee's request for a mentor is
 * confirmed by the mentor or HR, under the hard rules.
 */
@SpringBootTest
@Tag("db")
@Transactional
@RecordApplicationEvents
class PairingServiceTest {

    @Autowired
    PairingService pairing;
    @Autowired
    MatchingService matching;
    @Autowired
    MatchingBoardService board;
    @Autowired
    ProgramTestData data;
    @Autowired
    PairingTestData pairingData;
    @Autowired
    EntityManager em;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    long cohort;
    Enrollment mentor;
    Enrollment mentee;

    /** The demo mentor and mentee, accepted in a new enrolling cohort with the options given; HR signed in. */
    void cohortWith(boolean acceptance, boolean selfMatch) {
        var people = pairingData.cohortWith(acceptance, selfMatch);
        cohort = people.cohort();
        mentor = people.mentor();
        mentee = people.mentee();
    }

    boolean unmatched(Enrollment enrollment) {
        return board.unmatchedMentees(cohort, null, Pageable.unpaged()).stream()
                .anyMatch(m -> m.enrollmentId() == enrollment.getId());
    }

    @Test
    void aProposedPairRunsOnlyOnceBothPeopleAccept() {
        cohortWith(true, false);
        PairSaved saved = matching.assign(cohort, mentor.getId(), mentee.getId(), "Both in platform work");

        assertThat(saved.proposed()).isTrue();
        assertThat(pairingData.status(saved.assignmentId())).isEqualTo(AssignmentStatus.PROPOSED);
        assertThat(events.stream(PairProposed.class)).singleElement()
                .satisfies(p -> assertThat(p.requestedByMentee()).isFalse());
        assertThat(events.stream(PairChanged.class)).isEmpty();
        // the proposal holds the mentee and the mentor's place
        assertThat(unmatched(mentee)).isFalse();
        assertThat(board.mentors(cohort, null, Pageable.unpaged())).singleElement()
                .satisfies(m -> assertThat(m.load()).isEqualTo(1));
        assertThat(board.runningPair(cohort, saved.assignmentId())).hasValueSatisfying(p ->
                assertThat(p.waitingFor()).isEqualTo("Waiting for both to accept"));

        data.signIn("mentee");
        assertThat(pairing.myProposals()).singleElement().satisfies(p -> {
            assertThat(p.asMentor()).isFalse();
            assertThat(p.waitingForMe()).isTrue();
            assertThat(p.other().name()).isEqualTo(mentor.getEmployee().getFullName());
            assertThat(p.score().criteria()).isNotEmpty();
        });
        pairing.accept(saved.assignmentId());
        assertThat(pairingData.status(saved.assignmentId())).isEqualTo(AssignmentStatus.PROPOSED);
        assertThat(pairing.myProposals()).singleElement().satisfies(p -> {
            assertThat(p.waitingForMe()).isFalse();
            assertThat(p.waitingForOther()).isTrue();
        });
        assertThatThrownBy(() -> pairing.accept(saved.assignmentId()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("already accepted");

        data.signIn("mentor");
        pairing.accept(saved.assignmentId());
        assertThat(pairingData.status(saved.assignmentId())).isEqualTo(AssignmentStatus.ACTIVE);
        assertThat(events.stream(PairChanged.class)).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(PairChanged.Kind.ASSIGNED);
            assertThat(change.assignmentId()).isEqualTo(saved.assignmentId());
        });
        assertThat(pairing.myProposals()).isEmpty();
    }

    @Test
    void aDeclineNeedsAReasonAndSendsTheMenteeBackToTheBoardWithItForHr() {
        cohortWith(true, false);
        PairSaved saved = matching.assign(cohort, mentor.getId(), mentee.getId(), null);

        data.signIn("mentor");
        assertThatThrownBy(() -> pairing.decline(saved.assignmentId(), "   "))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("Say why");
        pairing.decline(saved.assignmentId(), "Too busy with the release this quarter");

        assertThat(pairingData.status(saved.assignmentId())).isEqualTo(AssignmentStatus.DECLINED);
        assertThat(events.stream(ProposalClosed.class)).singleElement().satisfies(closed -> {
            assertThat(closed.kind()).isEqualTo(ProposalClosed.Kind.DECLINED_BY_MENTOR);
            assertThat(closed.reason()).isEqualTo("Too busy with the release this quarter");
            assertThat(closed.ownerUserId()).isEqualTo(jdbc.queryForObject(
                    "select id from app_user where username = 'hr'", Long.class));
        });
        data.signIn("hr");
        assertThat(unmatched(mentee)).isTrue();
        MenteeRow row = board.unmatchedMentees(cohort, null, Pageable.unpaged()).stream()
                .filter(m -> m.enrollmentId() == mentee.getId()).findFirst().orElseThrow();
        assertThat(row.lastDecline()).isEqualTo("Declined by the mentor: Too busy with the release this quarter");
        assertThat(row.nameOnTheBoard()).endsWith("· declined before");
        // a declined proposal is not a pair that ran: the mentor's place is free, and it may be proposed again
        assertThat(board.mentors(cohort, null, Pageable.unpaged())).singleElement()
                .satisfies(m -> assertThat(m.load()).isZero());
        assertThat(matching.refusal(cohort, mentor.getId(), mentee.getId())).isEmpty();
    }

    @Test
    void onlyThePeopleOfAPairAnswerIt() {
        cohortWith(true, false);
        PairSaved saved = matching.assign(cohort, mentor.getId(), mentee.getId(), null);

        data.signIn("exec");
        assertThatThrownBy(() -> pairing.accept(saved.assignmentId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pairing.decline(saved.assignmentId(), "Not mine"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(pairing.myProposals()).isEmpty();
        assertThat(pairingData.status(saved.assignmentId())).isEqualTo(AssignmentStatus.PROPOSED);
    }

    @Test
    void hrWithdrawsAProposalAndARematchStartsAtOnce() {
        cohortWith(true, false);
        PairSaved saved = matching.assign(cohort, mentor.getId(), mentee.getId(), null);
        matching.unassign(saved.assignmentId(), "Found a better fit");
        assertThat(pairingData.status(saved.assignmentId())).isEqualTo(AssignmentStatus.DECLINED);
        assertThat(events.stream(ProposalClosed.class)).singleElement()
                .satisfies(c -> assertThat(c.kind()).isEqualTo(ProposalClosed.Kind.WITHDRAWN_BY_HR));
        assertThatThrownBy(() -> matching.rematch(saved.assignmentId(), mentor.getId(), "again"))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void withoutAcceptancePairsRunAtOnceAsBefore() {
        cohortWith(false, false);
        PairSaved saved = matching.assign(cohort, mentor.getId(), mentee.getId(), null);
        assertThat(saved.proposed()).isFalse();
        assertThat(pairingData.status(saved.assignmentId())).isEqualTo(AssignmentStatus.ACTIVE);
        assertThat(events.stream(PairProposed.class)).isEmpty();
    }

    @Test
    void aMenteeAsksAMentorWithRoomAndTheMentorAccepts() {
        cohortWith(false, true);
        data.signIn("mentee");
        MentorChoice choice = pairing.mentorChoices().stream().filter(c -> c.cohortId() == cohort).findFirst()
                .orElseThrow();
        assertThat(choice.pendingRequest()).isNull();
        assertThat(choice.mentors()).singleElement().satisfies(option -> {
            assertThat(option.mentorEnrollmentId()).isEqualTo(mentor.getId());
            assertThat(option.freePlaces()).isEqualTo(3);
            assertThat(option.profile().about()).isEqualTo("Test motivation");
            assertThat(option.profile().topics()).containsExactly("feedback");
            assertThat(option.score().criteria()).isNotEmpty();
        });

        PairSaved request = pairing.requestMentor(mentor.getId(), "I'd like to learn how you run reviews.");
        assertThat(pairingData.status(request.assignmentId())).isEqualTo(AssignmentStatus.PROPOSED);
        assertThat(events.stream(PairProposed.class)).singleElement()
                .satisfies(p -> assertThat(p.requestedByMentee()).isTrue());
        assertThatThrownBy(() -> pairing.requestMentor(mentor.getId(), null))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("already have a mentor");
        assertThat(pairing.mentorChoices()).filteredOn(c -> c.cohortId() == cohort).singleElement()
                .satisfies(c -> assertThat(c.pendingRequest().assignmentId()).isEqualTo(request.assignmentId()));

        data.signIn("mentor");
        Proposal asked = pairing.myProposals().stream().filter(p -> p.assignmentId() == request.assignmentId())
                .findFirst().orElseThrow();
        assertThat(asked.requestedByMentee()).isTrue();
        assertThat(asked.waitingForMe()).isTrue();
        assertThat(asked.waitingForOther()).isFalse();
        assertThat(asked.other().about()).isEqualTo("Test motivation");
        pairing.accept(request.assignmentId());
        assertThat(pairingData.status(request.assignmentId())).isEqualTo(AssignmentStatus.ACTIVE);

        data.signIn("mentee");
        assertThat(pairing.mentorChoices()).noneMatch(c -> c.cohortId() == cohort);
    }

    @Test
    void hrConfirmsARequestAndTheMenteeMayWithdrawOne() {
        cohortWith(false, true);
        data.signIn("mentee");
        PairSaved first = pairing.requestMentor(mentor.getId(), null);
        pairing.decline(first.assignmentId(), null); // taking back one's own request needs no reason
        assertThat(pairingData.status(first.assignmentId())).isEqualTo(AssignmentStatus.DECLINED);
        assertThat(events.stream(ProposalClosed.class)).singleElement()
                .satisfies(c -> assertThat(c.kind()).isEqualTo(ProposalClosed.Kind.WITHDRAWN_BY_MENTEE));

        PairSaved second = pairing.requestMentor(mentor.getId(), null);
        data.signIn("hr");
        pairing.confirmRequest(second.assignmentId());
        assertThat(pairingData.status(second.assignmentId())).isEqualTo(AssignmentStatus.ACTIVE);
    }

    @Test
    void hrConfirmsOnlyRequestsNotProposalsThePeopleMustAnswer() {
        cohortWith(true, false);
        PairSaved saved = matching.assign(cohort, mentor.getId(), mentee.getId(), null);
        assertThatThrownBy(() -> pairing.confirmRequest(saved.assignmentId()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("answer it themselves");
    }

    @Test
    void aFullMentorIsNotOfferedAndCannotBeAsked() {
        cohortWith(false, true);
        for (int i = 0; i < 3; i++) {
            data.pair(mentor, data.enrollment(cohort, EnrollmentSide.MENTEE, EnrollmentStatus.ACCEPTED),
                    AssignmentStatus.ACTIVE);
        }
        em.flush();
        data.signIn("mentee");
        assertThat(pairing.mentorChoices()).filteredOn(c -> c.cohortId() == cohort).singleElement()
                .satisfies(c -> assertThat(c.mentors()).isEmpty());
        assertThatThrownBy(() -> pairing.requestMentor(mentor.getId(), null))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("no room left");
    }

    @Test
    void withoutSelfMatchMenteesCannotAsk() {
        cohortWith(false, false);
        data.signIn("mentee");
        assertThat(pairing.mentorChoices()).noneMatch(c -> c.cohortId() == cohort);
        assertThatThrownBy(() -> pairing.requestMentor(mentor.getId(), null))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("HR pairs");
    }

    @Test
    void aPairAcceptedLateStartsOnTheDayItIsAccepted() {
        cohortWith(true, false);
        PairSaved saved = matching.assign(cohort, mentor.getId(), mentee.getId(), null);
        LocalDate cohortStart = mentor.getCohort().getStartsOn();
        TestTime.clock().advance(Duration.ofDays(40)); // ten days after the cohort's start
        data.signIn("mentee");
        pairing.accept(saved.assignmentId());
        data.signIn("mentor");
        pairing.accept(saved.assignmentId());
        em.flush();
        LocalDate startsOn = jdbc.queryForObject("select starts_on from mentor_assignment where id = ?",
                LocalDate.class, saved.assignmentId());
        assertThat(startsOn).isEqualTo(cohortStart.plusDays(10));
    }
}
