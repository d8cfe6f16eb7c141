package com.upward.matching;

import com.upward.base.BusinessRuleException;
import com.upward.directory.Employee;
import com.upward.matching.internal.HardRule;
import com.upward.matching.internal.LoadSpreadWeight;
import com.upward.matching.internal.MatchCriterion;
import com.upward.matching.internal.MatchWeights;
import com.upward.matching.internal.MatchingModels;
import com.upward.matching.internal.MatchingModels.AutoMatchPreview;
import com.upward.matching.internal.MatchingModels.PairChoice;
import com.upward.matching.internal.MatchingModels.PairSaved;
import com.upward.matching.internal.MatchingModels.Suggestion;
import com.upward.matching.internal.MatchingService;
import com.upward.program.Cohort;
import com.upward.program.Enrollment;
import com.upward.program.EnrollmentSide;
import com.upward.program.EnrollmentStatus;
import com.upward.program.ProgramTestData;
import jakarta.persistence.EntityManager;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import com.upward.matching.internal.MatchingBoardService;
import com.upward.program.internal.ProgramService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Matching against the real database, on a fixture cohort of its own (rolled back after each test). */
@SpringBootTest
@Tag("db")
@Transactional
@WithUserDetails("hr")
class MatchingServiceTest {

    @Autowired
    MatchingService matching;
    @Autowired
    MatchingBoardService board;
    @Autowired
    ProgramService programs;
    @Autowired
    ProgramTestData data;
    @Autowired
    EntityManager em;
    @Autowired
    JdbcTemplate jdbc;

    long cohort;
    Employee boss;
    Employee grandBoss;
    Enrollment bossMentor;
    Enrollment grandBossMentor;
    Enrollment mentorA;
    Enrollment mentorB;
    Enrollment mentee;

    /** A mentee whose manager and manager's manager mentor in the same cohort, next to two outside mentors. */
    void fixture() {
        cohort = data.enrollingCohort();
        grandBoss = data.employee("Sales", 8);
        boss = data.employee("Sales", 6);
        boss.setManager(grandBoss);
        Employee junior = data.employee("Sales", 3);
        junior.setManager(boss);
        grandBossMentor = data.enrollment(cohort, grandBoss, EnrollmentSide.MENTOR, EnrollmentStatus.ACCEPTED);
        bossMentor = data.enrollment(cohort, boss, EnrollmentSide.MENTOR, EnrollmentStatus.ACCEPTED);
        mentorA = data.enrollment(cohort, data.employee("Finance", 5), EnrollmentSide.MENTOR, EnrollmentStatus.ACCEPTED);
        mentorB = data.enrollment(cohort, data.employee("Legal", 6), EnrollmentSide.MENTOR, EnrollmentStatus.ACCEPTED);
        mentee = data.enrollment(cohort, junior, EnrollmentSide.MENTEE, EnrollmentStatus.ACCEPTED);
        em.flush();
    }

    Enrollment anotherMentee() {
        return data.enrollment(cohort, data.employee("Marketing", 2), EnrollmentSide.MENTEE, EnrollmentStatus.ACCEPTED);
    }

    static void assertRefused(Runnable action, String message) {
        assertThatThrownBy(action::run).isInstanceOf(BusinessRuleException.class).hasMessage(message);
    }

    @Test
    void suggestionsNeverIncludeTheManagerChainAndExplainEachCriterion() {
        fixture();
        List<Suggestion> suggestions = matching.suggestionsFor(mentee.getId());

        assertThat(suggestions).extracting(Suggestion::mentorEnrollmentId)
                .containsExactlyInAnyOrder(mentorA.getId(), mentorB.getId());
        assertThat(suggestions.getFirst().score().criteria()).hasSize(6)
                .allSatisfy(c -> assertThat(c.reason().english()).isNotBlank());
        assertThat(suggestions.getFirst().score().total())
                .isGreaterThanOrEqualTo(suggestions.getLast().score().total());
    }

    /** Issue 24: a mentor who already had 3 mentees got a 4th through another cohort. */
    @Test
    void aMentorsCapacityCountsTheirPairsInOtherRunningCohortsUnlessTheProgramSaysNot() {
        fixture();
        for (int i = 0; i < 3; i++) { // the fixture cohort allows 3 mentees per mentor
            matching.assign(cohort, mentorA.getId(), anotherMentee().getId(), "fill up");
        }
        long second = data.enrollingCohort();
        Enrollment again = data.enrollment(second, mentorA.getEmployee(), EnrollmentSide.MENTOR,
                EnrollmentStatus.ACCEPTED);
        Enrollment newcomer = data.enrollment(second, data.employee("Marketing", 2), EnrollmentSide.MENTEE,
                EnrollmentStatus.ACCEPTED);
        em.flush();

        assertRefused(() -> matching.assign(second, again.getId(), newcomer.getId(), null),
                HardRule.CAPACITY.text().english());
        assertThat(board.mentors(second, null, Pageable.unpaged())).singleElement().satisfies(row -> {
            assertThat(row.load()).isEqualTo(3);
            assertThat(row.loadElsewhere()).isEqualTo(3);
            assertThat(row.full()).isTrue();
        });

        long program = jdbc.queryForObject("select program_id from cohort where id = ?", Long.class, second);
        programs.setParticipationRules(program, programs.program(program).orElseThrow().version(), true, false);
        em.flush();
        em.clear();
        matching.assign(second, again.getId(), newcomer.getId(), null);
        assertThat(board.mentors(second, null, Pageable.unpaged()).getFirst().load()).isOne();
    }

    @Test
    void aManualAssignmentThatBreaksAHardRuleIsRefusedWithTheRule() {
        fixture();
        assertRefused(() -> matching.assign(cohort, bossMentor.getId(), mentee.getId(), null),
                HardRule.MANAGER_CHAIN.text().english());
        assertRefused(() -> matching.assign(cohort, grandBossMentor.getId(), mentee.getId(), null),
                HardRule.MANAGER_CHAIN.text().english());
        assertThat(matching.refusal(cohort, bossMentor.getId(), mentee.getId()))
                .contains(HardRule.MANAGER_CHAIN.text());

        for (int i = 0; i < 3; i++) { // the fixture cohort allows 3 mentees per mentor
            matching.assign(cohort, mentorA.getId(), anotherMentee().getId(), "fill up");
        }
        assertRefused(() -> matching.assign(cohort, mentorA.getId(), mentee.getId(), null),
                HardRule.CAPACITY.text().english());
        assertThat(matching.suggestionsFor(mentee.getId())).extracting(Suggestion::mentorEnrollmentId)
                .containsExactly(mentorB.getId());
    }

    @Test
    void pairsFromAnEarlierCohortAreRefusedOnlyWhenTheCohortExcludesThem() {
        fixture();
        Cohort current = em.find(Cohort.class, cohort);
        long earlier = data.cohort(data.program(), current.getEnrollmentOpensOn().minusYears(1),
                current.getEnrollmentClosesOn().minusYears(1), current.getStartsOn().minusYears(1),
                current.getEndsOn().minusYears(1), current.getCadence());
        Enrollment oldMentor = data.enrollment(earlier, mentorB.getEmployee(), EnrollmentSide.MENTOR,
                EnrollmentStatus.COMPLETED);
        Enrollment oldMentee = data.enrollment(earlier, mentee.getEmployee(), EnrollmentSide.MENTEE,
                EnrollmentStatus.COMPLETED);
        data.pair(oldMentor, oldMentee, AssignmentStatus.ENDED);
        em.flush();

        assertThat(matching.refusal(cohort, mentorB.getId(), mentee.getId())).isEmpty();
        matching.saveSettings(cohort, Map.of(), true, LoadSpreadWeight.DEFAULT);
        assertRefused(() -> matching.assign(cohort, mentorB.getId(), mentee.getId(), null),
                HardRule.EARLIER_PAIR.text().english());
        assertThat(matching.suggestionsFor(mentee.getId())).extracting(Suggestion::mentorEnrollmentId)
                .containsExactly(mentorA.getId());
    }

    @Test
    void anAssignmentIsAnActivePairWithItsExplanationAndAnAssignedEvent() {
        fixture();
        PairSaved saved = matching.assign(cohort, mentorA.getId(), mentee.getId(), "Asked for finance");
        em.flush();

        var row = jdbc.queryForMap("select status, score, score_explanation, assigned_by_id, assignment_reason"
                + " from mentor_assignment where id = ?", saved.assignmentId());
        assertThat(row.get("status")).isEqualTo("ACTIVE");
        assertThat(row.get("score").toString()).isEqualTo(saved.score().toString());
        assertThat((String) row.get("score_explanation")).startsWith("{\"criteria\":[{\"name\":\"Focus areas vs skills\"");
        assertThat(row.get("assigned_by_id")).isNotNull();
        assertThat(row.get("assignment_reason")).isEqualTo("Asked for finance");
        var event = jdbc.queryForMap("select event_type, actor_id, new_score, old_score from assignment_event"
                + " where assignment_id = ?", saved.assignmentId());
        assertThat(event.get("event_type")).isEqualTo("ASSIGNED");
        assertThat(event.get("actor_id")).isEqualTo(row.get("assigned_by_id"));
        assertThat(event.get("old_score")).isNull();
        assertRefused(() -> matching.assign(cohort, mentorB.getId(), mentee.getId(), null),
                "The mentee already has a mentor in this cohort, or one waiting for answers; "
                        + "rematch or withdraw that pair instead.");
    }

    @Test
    void autoMatchPreviewRespectsCapacityAndSavesNothing() {
        fixture();
        for (int i = 0; i < 8; i++) {
            anotherMentee();
        }
        em.flush();
        AutoMatchPreview preview = matching.previewAutoMatch(cohort);

        // 4 mentors × 3 places = 12 for 9 mentees; the junior can only go to A or B
        assertThat(preview.matchedCount()).isEqualTo(9);
        assertThat(preview.pairs()).filteredOn(p -> p.menteeEnrollmentId() == mentee.getId())
                .singleElement().satisfies(p -> assertThat(p.mentorEnrollmentId())
                        .isIn(mentorA.getId(), mentorB.getId()));
        assertThat(preview.pairs().stream().collect(java.util.stream.Collectors.groupingBy(
                MatchingModels.ProposedPair::mentorEnrollmentId, java.util.stream.Collectors.counting())).values())
                .allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(3));
        assertThat(jdbc.queryForObject("select count(*) from mentor_assignment where cohort_id = ?", Long.class,
                cohort)).isZero();

        for (int i = 0; i < 5; i++) {
            anotherMentee();
        }
        em.flush();
        AutoMatchPreview crowded = matching.previewAutoMatch(cohort);
        assertThat(crowded.matchedCount()).isEqualTo(12);
        assertThat(crowded.unmatched()).hasSize(2)
                .allSatisfy(u -> assertThat(u.reason().english()).isEqualTo("Every eligible mentor is already full"));
    }

    @Test
    void anEvenSpreadTradesFitForLoadAndThePreviewShowsEveryMentorsLoad() {
        fixture();
        for (int i = 0; i < 3; i++) {
            anotherMentee();
        }
        em.flush();
        assertThat(board.summary(cohort).orElseThrow().loadSpreadWeight()).isEqualTo(LoadSpreadWeight.DEFAULT);

        matching.saveSettings(cohort, Map.of(), false, 0);
        AutoMatchPreview fitOnly = matching.previewAutoMatch(cohort);
        matching.saveSettings(cohort, Map.of(), false, 100);
        AutoMatchPreview even = matching.previewAutoMatch(cohort);

        // 4 mentees, 4 mentors: at 100 each mentor gets one; fit alone scores at least as much in total
        assertThat(even.loadSpreadWeight()).isEqualTo(100);
        assertThat(even.matchedCount()).isEqualTo(4);
        assertThat(even.mentorLoads()).hasSize(4).allSatisfy(load -> {
            assertThat(load.before()).isZero();
            assertThat(load.after()).isOne();
            assertThat(load.capacity()).isEqualTo(3);
        });
        assertThat(even.mentorsByLoadAfter()).containsExactly(0, 4);
        assertThat(total(fitOnly)).isGreaterThanOrEqualTo(total(even));
        assertThat(fitOnly.mentorLoads().stream().mapToInt(MatchingModels.MentorLoad::proposed).sum()).isEqualTo(4);
        assertThat(board.summary(cohort).orElseThrow().loadSpreadWeight()).isEqualTo(100);
        assertRefused(() -> matching.saveSettings(cohort, Map.of(), false, 101),
                "The spread weight must be between 0 and 100.");
    }

    @Test
    void theSpreadCountsAMentorsRunningPairs() {
        fixture();
        Enrollment second = anotherMentee();
        anotherMentee();
        em.flush();
        matching.assign(cohort, mentorA.getId(), second.getId(), null);
        matching.saveSettings(cohort, Map.of(), false, 100);

        AutoMatchPreview preview = matching.previewAutoMatch(cohort);

        // mentor A already has one: the two mentees left go to the three mentors who have none
        assertThat(preview.mentorLoads()).filteredOn(l -> l.mentorEnrollmentId() == mentorA.getId()).singleElement()
                .satisfies(l -> assertThat(l.before()).isOne());
        assertThat(preview.pairs()).hasSize(2)
                .noneSatisfy(p -> assertThat(p.mentorEnrollmentId()).isEqualTo(mentorA.getId()));
    }

    private static double total(AutoMatchPreview preview) {
        return preview.pairs().stream().mapToDouble(p -> p.score().total()).sum();
    }

    @Test
    void acceptingAPreviewWritesThePairsAndTheirEventsAndChecksTheRulesAgain() {
        fixture();
        anotherMentee();
        em.flush();
        AutoMatchPreview preview = matching.previewAutoMatch(cohort);
        List<PairChoice> chosen = preview.pairs().stream()
                .map(p -> new PairChoice(p.mentorEnrollmentId(), p.menteeEnrollmentId())).toList();

        List<PairSaved> saved = matching.acceptAutoMatch(cohort, chosen);
        em.flush();

        assertThat(saved).hasSize(2);
        assertThat(jdbc.queryForObject("select count(*) from mentor_assignment where cohort_id = ? and status = 'ACTIVE'",
                Long.class, cohort)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from assignment_event e join mentor_assignment a"
                + " on a.id = e.assignment_id where a.cohort_id = ? and e.event_type = 'ASSIGNED'", Long.class, cohort))
                .isEqualTo(2);
        assertThat(matching.previewAutoMatch(cohort).pairs()).isEmpty();
        assertRefused(() -> matching.acceptAutoMatch(cohort, List.of(new PairChoice(bossMentor.getId(),
                anotherMentee().getId()), new PairChoice(bossMentor.getId(), mentee.getId()))),
                "The mentee already has a mentor in this cohort, or one waiting for answers; "
                        + "rematch or withdraw that pair instead.");
    }

    @Test
    void rematchAndUnassignNeedAReasonAndKeepTheHistory() {
        fixture();
        PairSaved first = matching.assign(cohort, mentorA.getId(), mentee.getId(), null);
        assertRefused(() -> matching.rematch(first.assignmentId(), mentorB.getId(), " "), "Give a reason.");
        assertRefused(() -> matching.rematch(first.assignmentId(), bossMentor.getId(), "closer"),
                HardRule.MANAGER_CHAIN.text().english());

        PairSaved second = matching.rematch(first.assignmentId(), mentorB.getId(), "Wants a legal view");

        em.flush();
        var ended = jdbc.queryForMap("select status, end_reason from mentor_assignment where id = ?",
                first.assignmentId());
        assertThat(ended.get("status")).isEqualTo("ENDED");
        assertThat(ended.get("end_reason")).isEqualTo("Wants a legal view");
        var event = jdbc.queryForMap("select event_type, reason, old_score, new_score, previous_assignment_id"
                + " from assignment_event where assignment_id = ?", second.assignmentId());
        assertThat(event.get("event_type")).isEqualTo("REMATCHED");
        assertThat(event.get("reason")).isEqualTo("Wants a legal view");
        assertThat(((Number) event.get("previous_assignment_id")).longValue()).isEqualTo(first.assignmentId());
        assertThat(event.get("old_score").toString()).isEqualTo(first.score().toString());
        assertThat(event.get("new_score").toString()).isEqualTo(second.score().toString());

        assertRefused(() -> matching.unassign(second.assignmentId(), null), "Give a reason.");
        matching.unassign(second.assignmentId(), "Left the company");
        em.flush();
        assertThat(jdbc.queryForObject("select event_type from assignment_event where assignment_id = ?"
                + " and event_type = 'UNASSIGNED'", String.class, second.assignmentId())).isEqualTo("UNASSIGNED");
        assertRefused(() -> matching.unassign(second.assignmentId(), "again"), "This pair has already ended.");
    }

    @Test
    void weightsArePerCohortAndChangeTheScore() {
        fixture();
        assertThat(matching.weights(cohort)).isEqualTo(MatchWeights.defaults());
        double before = matching.suggestionsFor(mentee.getId()).getFirst().score().total();

        matching.saveSettings(cohort, Map.of(MatchCriterion.FOCUS_AREAS, 0, MatchCriterion.CROSS_DEPARTMENT, 100,
                MatchCriterion.LEVEL_GAP, 0, MatchCriterion.SHARED_LANGUAGE, 0, MatchCriterion.TIME_ZONE, 0,
                MatchCriterion.STATED_PREFERENCE, 0), false, LoadSpreadWeight.DEFAULT);

        assertThat(matching.weights(cohort).of(MatchCriterion.CROSS_DEPARTMENT)).isEqualTo(100);
        assertThat(matching.suggestionsFor(mentee.getId())).allSatisfy(s -> assertThat(s.score().total())
                .isEqualTo(100.0));
        assertThat(before).isLessThan(100.0);
        assertRefused(() -> matching.saveSettings(cohort, Map.of(MatchCriterion.FOCUS_AREAS, 0,
                MatchCriterion.CROSS_DEPARTMENT, 0, MatchCriterion.LEVEL_GAP, 0, MatchCriterion.SHARED_LANGUAGE, 0,
                MatchCriterion.TIME_ZONE, 0, MatchCriterion.STATED_PREFERENCE, 0), false, 0),
                "At least one criterion needs a weight above 0.");
    }

    @Test
    void loadingACohortTakesTheSameFewQueriesWhateverItsSize() {
        fixture();
        long small = statementsFor(() -> matching.previewAutoMatch(cohort));
        for (int i = 0; i < 10; i++) {
            anotherMentee();
            data.enrollment(cohort, data.employee("Finance", 7), EnrollmentSide.MENTOR, EnrollmentStatus.ACCEPTED);
        }
        long large = statementsFor(() -> matching.previewAutoMatch(cohort));
        long suggestions = statementsFor(() -> matching.suggestionsFor(mentee.getId()));

        assertThat(large).isEqualTo(small).isLessThanOrEqualTo(10);
        assertThat(suggestions).isLessThanOrEqualTo(11);
    }

    private long statementsFor(Runnable action) {
        em.flush();
        em.clear();
        Statistics statistics = em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        boolean enabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            action.run();
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(enabled);
        }
    }

    @Test
    @WithUserDetails("mentor")
    void onlyHrAndAdminsMatch() {
        assertThatThrownBy(() -> matching.previewAutoMatch(1L)).isInstanceOf(AuthorizationDeniedException.class);
    }
}
