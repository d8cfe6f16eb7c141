package com.upward.matching;

import com.upward.directory.Employee;
import com.upward.matching.internal.AssignmentEventType;
import com.upward.matching.internal.BoardRows;
import com.upward.matching.internal.BoardRows.BoardSummary;
import com.upward.matching.internal.BoardRows.HistoryRow;
import com.upward.matching.internal.BoardRows.MenteeRow;
import com.upward.matching.internal.BoardRows.MentorRow;
import com.upward.matching.internal.BoardRows.RunningPair;
import com.upward.matching.internal.MatchingBoardService;
import com.upward.matching.internal.MatchingModels;
import com.upward.matching.internal.MatchingModels.PairSaved;
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
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The board's lists and figures, computed in SQL, against the real database. */
@SpringBootTest
@Tag("db")
@Transactional
@WithUserDetails("hr")
class MatchingBoardServiceTest {

    @Autowired
    MatchingBoardService board;
    @Autowired
    MatchingService matching;
    @Autowired
    ProgramTestData data;
    @Autowired
    EntityManager em;

    long cohort;
    Enrollment busyMentor;
    Enrollment idleMentor;
    Enrollment paired;
    Enrollment waiting;
    Enrollment waiting2;

    /** Mentors "Able" (one mentee) and "Bright" (none); mentees: one paired, two waiting, one only applied. */
    void fixture() {
        cohort = data.enrollingCohort();
        busyMentor = mentor("Able", 7);
        idleMentor = mentor("Bright", 6);
        paired = mentee("Carter", 3);
        waiting = mentee("Dane_100%", 2);
        waiting2 = mentee("Evans", 4);
        data.enrollment(cohort, person("Fox", "IT", 2), EnrollmentSide.MENTEE, EnrollmentStatus.APPLIED);
        em.flush();
        matching.assign(cohort, busyMentor.getId(), paired.getId(), "first pair");
        em.flush();
    }

    Employee person(String lastName, String department, int level) {
        Employee e = data.employee(department, level);
        e.setLastName(lastName);
        return e;
    }

    Enrollment mentor(String lastName, int level) {
        return data.enrollment(cohort, person(lastName, "Finance", level), EnrollmentSide.MENTOR,
                EnrollmentStatus.ACCEPTED);
    }

    Enrollment mentee(String lastName, int level) {
        return data.enrollment(cohort, person(lastName, "Sales", level), EnrollmentSide.MENTEE,
                EnrollmentStatus.ACCEPTED);
    }

    static Pageable sorted(String property, Sort.Direction direction) {
        return PageRequest.of(0, 50, Sort.by(direction, property));
    }

    @Test
    void summaryCountsInTheDatabase() {
        fixture();
        BoardSummary summary = board.summary(cohort).orElseThrow();

        assertThat(summary.cohortStatus()).isEqualTo(CohortStatus.ENROLLING);
        assertThat(summary.open()).isTrue();
        assertThat(summary.capacity()).isEqualTo(3);
        assertThat(summary.acceptedMentees()).isEqualTo(3);
        assertThat(summary.unmatchedMentees()).isEqualTo(2);
        assertThat(summary.mentors()).isEqualTo(2);
        assertThat(summary.freePlaces()).isEqualTo(2 + 3);
        assertThat(summary.runningPairs()).isEqualTo(1);
        assertThat(board.summary(-1)).isEmpty();
    }

    @Test
    void unmatchedMenteesLeaveOutPairedAndNotAcceptedOnesAndFilterLiterally() {
        fixture();
        List<MenteeRow> rows = board.unmatchedMentees(cohort, null, sorted("jobLevel", Sort.Direction.DESC));

        assertThat(rows).extracting(MenteeRow::enrollmentId).containsExactly(waiting2.getId(), waiting.getId());
        assertThat(rows.getFirst().focusAreas()).isEqualTo("feedback");
        // '%' and '_' in the search are taken as they are, not as wildcards
        assertThat(board.unmatchedMentees(cohort, "dane_100%", Pageable.unpaged()))
                .extracting(MenteeRow::enrollmentId).containsExactly(waiting.getId());
        assertThat(board.unmatchedMentees(cohort, "dan%", Pageable.unpaged())).isEmpty();
        assertThat(board.unmatchedMentees(cohort, null, PageRequest.of(1, 1, Sort.by("name"))))
                .extracting(MenteeRow::enrollmentId).containsExactly(waiting2.getId());
    }

    @Test
    void mentorsShowTheirLoadAndSortByIt() {
        fixture();
        List<MentorRow> byLoad = board.mentors(cohort, null, sorted("load", Sort.Direction.DESC));

        assertThat(byLoad).extracting(MentorRow::enrollmentId).containsExactly(busyMentor.getId(), idleMentor.getId());
        assertThat(byLoad).extracting(MentorRow::load).containsExactly(1, 0);
        assertThat(byLoad).allSatisfy(m -> assertThat(m.capacity()).isEqualTo(3));
        assertThat(board.mentors(cohort, "brig", Pageable.unpaged())).extracting(MentorRow::enrollmentId)
                .containsExactly(idleMentor.getId());
        assertThatThrownBy(() -> board.mentors(cohort, null, sorted("email; drop table x", Sort.Direction.ASC)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void runningPairsAndTheHistoryOfARematch() {
        fixture();
        RunningPair first = board.runningPairs(cohort, null, Pageable.unpaged()).getFirst();
        assertThat(first.menteeEnrollmentId()).isEqualTo(paired.getId());
        assertThat(first.reason()).isEqualTo("first pair");

        PairSaved rematched = matching.rematch(first.assignmentId(), idleMentor.getId(), "Needs a quieter mentor");
        em.flush();

        assertThat(board.runningPairs(cohort, "bright", Pageable.unpaged())).extracting(RunningPair::assignmentId)
                .containsExactly(rematched.assignmentId());
        List<HistoryRow> history = board.history(cohort, PageRequest.of(0, 10));
        assertThat(history).extracting(HistoryRow::type)
                .containsExactly(AssignmentEventType.REMATCHED, AssignmentEventType.ASSIGNED);
        HistoryRow latest = history.getFirst();
        assertThat(latest.previousMentorName()).endsWith("Able");
        assertThat(latest.mentorName()).endsWith("Bright");
        assertThat(latest.reason()).isEqualTo("Needs a quieter mentor");
        assertThat(latest.oldScore()).isEqualByComparingTo(first.score());
        assertThat(latest.newScore()).isEqualByComparingTo(rematched.score());
        assertThat(latest.actor()).isNotBlank();
    }

    @Test
    @WithUserDetails("mentor")
    void onlyHrAndAdminsReadTheBoard() {
        assertThatThrownBy(() -> board.summary(1)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> board.history(1, Pageable.unpaged())).isInstanceOf(AuthorizationDeniedException.class);
    }
}
