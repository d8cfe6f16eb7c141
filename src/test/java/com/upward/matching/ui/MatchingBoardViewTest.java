package com.upward.matching.ui;

import com.upward.testsupport.RenderedUi;
import com.upward.testsupport.ShownTabs;
import com.upward.testsupport.PagedTableTester;
import com.upward.matching.internal.BoardRows;
import com.upward.matching.internal.HardRule;
import com.upward.matching.internal.LoadSpreadWeight;
import com.upward.matching.internal.MatchCriterion;
import com.upward.matching.BoardLinks;
import com.upward.matching.internal.MatchingBoardService;
import com.upward.matching.internal.MatchingService;
import com.upward.program.ProgramTestData;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.VaadinSession;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The matching board as HR uses it, on the demo cohorts (each test's writes are rolled back). */
@SpringBootTest
@ViewPackages(packages = "com.upward")
@Transactional
class MatchingBoardViewTest extends SpringBrowserlessTest {

    @Autowired
    ProgramTestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MatchingService matching;
    @Autowired
    MatchingBoardService board;
    @Autowired
    EntityManager em;

    @BeforeEach
    void signIn() {
        data.signIn("hr");
    }

    long demoCohort(String status) {
        return jdbc.queryForObject("select min(id) from cohort where status = ?", Long.class, status);
    }

    long unmatched(long cohortId) {
        em.flush();
        return jdbc.queryForObject("""
                select count(*) from enrollment e where e.cohort_id = ? and e.side = 'MENTEE' and e.status = 'ACCEPTED'
                and not exists (select 1 from mentor_assignment a where a.mentee_enrollment_id = e.id
                                and a.status in ('ACTIVE', 'PAUSED'))""", Long.class, cohortId);
    }

    long runningPairs(long cohortId) {
        em.flush();
        return jdbc.queryForObject("select count(*) from mentor_assignment where cohort_id = ?"
                + " and status in ('ACTIVE', 'PAUSED')", Long.class, cohortId);
    }

    List<String> toasts() {
        return $(Notification.class).all().stream()
                .flatMap(n -> Stream.of(n.getElement().getProperty("text"), n.getElement().getTextRecursively()))
                .filter(Objects::nonNull).filter(t -> !t.isBlank()).toList();
    }

    @Test
    void theBoardListsTheUnmatchedMenteesAndTheMentorsWithTheirLoad() {
        long id = demoCohort("ENROLLING");
        MatchingBoardView view = open(id);

        assertThat(unmatched(id)).isPositive();
        assertThat(new PagedTableTester<>(view.mentees.table).allRows()).hasSize((int) unmatched(id));
        var mentors = new PagedTableTester<>(view.mentors.table);
        assertThat(mentors.allRows()).hasSize(jdbc.queryForObject("select count(*) from enrollment"
                + " where cohort_id = ? and side = 'MENTOR' and status = 'ACCEPTED'", Integer.class, id));
        var page = view.mentors.table.page();
        assertThat(page.get("columns").get(3).get("header").asString()).isEqualTo("Load");
        var first = mentors.shownRows().getFirst();
        assertThat(page.get("rows").get(0).get("cells").get(3).asString()).isEqualTo(MentorsPane.load(first))
                .startsWith(first.load() + " of " + first.capacity());
        assertThat(view.autoMatch.isEnabled()).isTrue();
        assertThat(view.suggestions.assignButtons).isEmpty();
        for (String column : List.of("name", "department", "jobLevel", "load")) {
            mentors.clickHeader(column);
            assertThat(view.mentors.table.sortKey()).isEqualTo(column);
            assertThat(mentors.shownRows()).isNotEmpty();
        }
        mentors.clickHeader("load");
        List<Integer> loads = mentors.shownRows().stream().map(BoardRows.MentorRow::load).toList();
        assertThat(loads).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        test(view.mentees.search).setValue("zzz-nobody");
        assertThat(view.mentees.table.total()).isZero();
        assertThat(view.mentees.table.shownRows()).isEmpty();
    }

    @Test
    void pickingAMenteeShowsTheBestMentorsWithReasonsAndAssignsWithOneClick() {
        long id = demoCohort("ENROLLING");
        MatchingBoardView view = open(id);
        long before = unmatched(id);
        var mentees = new PagedTableTester<>(view.mentees.table);
        var mentee = mentees.shownRows().getFirst();

        mentees.open(mentee.enrollmentId());
        assertThat(view.mentees.table.page().get("rows").get(0).get("tone").asString()).isEqualTo("selected");

        assertThat(view.suggestions.assignButtons).hasSizeBetween(1, 5);
        assertThat($(ScoreBreakdown.class, view.suggestions).first().getChildren().count())
                .isEqualTo(MatchCriterion.values().length);
        test(view.suggestions.assignButtons.getFirst()).click();

        assertThat(unmatched(id)).isEqualTo(before - 1);
        assertThat(jdbc.queryForObject("select count(*) from mentor_assignment where mentee_enrollment_id = ?"
                + " and status = 'ACTIVE'", Long.class, mentee.enrollmentId())).isOne();
        assertThat(view.mentees.table.total()).isEqualTo(before - 1);
        assertThat(toasts()).anySatisfy(t -> assertThat(t).endsWith("now mentors " + mentee.name() + "."));
    }

    @Test
    void aMentorPickedByHandWhoIsFullIsRefusedBesideThePicker() {
        long id = demoCohort("ENROLLING");
        MatchingBoardView view = open(id);
        // a mentor with no mentees anywhere yet (on some dates the demo's mentors also mentor in the running cohort)
        var mentor = new PagedTableTester<>(view.mentors.table).allRows().stream().filter(m -> m.load() == 0)
                .findFirst().orElseThrow();
        var mentees = new PagedTableTester<>(view.mentees.table);
        // mentees this mentor may take (not in their reporting line): whom that is depends on the demo's date
        List<BoardRows.MenteeRow> allowed = mentees.shownRows().stream()
                .filter(m -> matching.refusal(id, mentor.enrollmentId(), m.enrollmentId()).isEmpty()).toList();
        assertThat(allowed).hasSizeGreaterThanOrEqualTo(4);
        for (int row = 1; row <= 3; row++) {
            matching.assign(id, mentor.enrollmentId(), allowed.get(row).enrollmentId(), "fill");
        }
        mentees.open(allowed.getFirst().enrollmentId());

        test(view.suggestions.otherMentor).selectItem(mentor.name() + " · 3 of 3");
        test(view.suggestions.assignOther).click();

        assertThat(view.suggestions.otherMentor.isInvalid()).isTrue();
        assertThat(view.suggestions.otherMentor.getErrorMessage()).isEqualTo(HardRule.CAPACITY.text().english());
    }

    @Test
    void autoMatchShowsAPreviewAndSavesOnlyTheAcceptedPairs() throws Exception {
        long id = demoCohort("ENROLLING");
        MatchingBoardView view = open(id);
        long before = runningPairs(id);
        long waiting = unmatched(id);

        test(view.autoMatch).click();
        awaitAutoMatch(view);

        AutoMatchDialog dialog = $(AutoMatchDialog.class).single();
        int proposed = test(dialog.pairs).size();
        assertThat(proposed).isPositive();
        assertThat(dialog.summary.getText()).startsWith(proposed + " of " + unmatched(id) + " unmatched mentees");
        assertThat(runningPairs(id)).as("a preview saves nothing").isEqualTo(before);
        long mentors = jdbc.queryForObject("select count(*) from enrollment where cohort_id = ? and side = 'MENTOR'"
                + " and status = 'ACCEPTED'", Long.class, id);
        assertThat(test(dialog.loads).size()).isEqualTo((int) mentors);
        assertThat(dialog.spread.getText()).startsWith("After these pairs: ")
                .endsWith("Even spread 20 of 100: A mentor's next mentee costs 5 points of score for each mentee the "
                        + "mentor already has.");

        dialog.pairs.deselect(test(dialog.pairs).getRow(0));
        assertThat(dialog.accept.getText()).isEqualTo("Accept " + (proposed - 1) + " pairs");
        test(dialog.accept).click();

        assertThat(runningPairs(id)).isEqualTo(before + proposed - 1);
        HistoryPane history = tab(view, "History");
        assertThat(test(history.grid).size()).isEqualTo(proposed - 1);
        assertThat(unmatched(id)).isEqualTo(waiting - (proposed - 1));
        assertThat(view.mentees.table.total()).isEqualTo(unmatched(id));
    }

    @Test
    void aRematchNeedsAReasonAndKeepsTheHistory() {
        long id = demoCohort("ENROLLING");
        MatchingBoardView view = openWithOnePair(id);
        PairsPane pairs = tab(view, "Pairs");
        var pair = test(pairs.grid).getRow(0);

        test(action(pairs, 0, 0)).click();
        PairChangeDialog dialog = $(PairChangeDialog.class).single();
        assertThat(dialog.newMentor.getValue()).isNotNull();
        test(dialog.confirm).click();
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("Give a reason.");

        test(dialog.reason).setValue("Wants someone outside engineering");
        test(dialog.confirm).click();
        em.flush();

        assertThat(jdbc.queryForObject("select status from mentor_assignment where id = ?", String.class,
                pair.assignmentId())).isEqualTo("ENDED");
        assertThat(jdbc.queryForObject("""
                select count(*) from assignment_event ev join mentor_assignment a on a.id = ev.assignment_id
                where ev.event_type = 'REMATCHED' and ev.previous_assignment_id = ? and a.mentee_enrollment_id = ?
                  and ev.reason = 'Wants someone outside engineering'""", Long.class, pair.assignmentId(),
                pair.menteeEnrollmentId())).isOne();
        HistoryPane history = tab(view, "History");
        assertThat(test(history.grid).getCellText(0, 1)).isEqualTo("Rematched");
        assertThat(test(history.grid).getCellText(0, 3)).isEqualTo(pair.mentorName() + " → "
                + dialog.newMentor.getValue().mentorName());
    }

    /** Issue 24: someone accepted without answers is marked on the board, as matching has no focus areas. */
    @Test
    void aMenteeAcceptedWithoutAnswersIsMarked() {
        long id = demoCohort("ENROLLING");
        MatchingBoardView view = open(id);
        var first = view.mentees.table.shownRows().getFirst();
        jdbc.update("update enrollment set motivation = null where id = ?", first.enrollmentId());
        view.mentees.refresh();
        var marked = view.mentees.table.shownRows().stream()
                .filter(m -> m.enrollmentId() == first.enrollmentId()).findFirst().orElseThrow();
        assertThat(marked.answered()).isFalse();
        assertThat(marked.nameOnTheBoard()).isEqualTo(first.name() + " · no answers");
        assertThat(RenderedUi.text(view.mentees)).contains(first.name() + " · no answers");
    }

    /** Issue 24: "Rematch" on the HR home opened the board, not the pair. */
    @Test
    void aLinkToAPairOpensItsTabOnItAndRematchOpensItsDialog() {
        long id = demoCohort("ENROLLING");
        openWithOnePair(id);
        var pair = board.runningPairs(id, null, Pageable.unpaged()).getFirst();

        MatchingBoardView view = openAt(BoardLinks.pair(id, pair.assignmentId(), true));

        assertThat(view.tabs.getSelectedIndex()).as("the Pairs tab").isOne();
        assertThat(view.pairs.search.getValue()).isEqualTo(pair.menteeName());
        assertThat(test(view.pairs.grid).size()).isOne();
        PairChangeDialog dialog = $(PairChangeDialog.class).single();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.confirm.getText()).containsIgnoringCase("rematch");
    }

    @Test
    void aLinkToAPairThatEndedSinceSaysSoOnTheBoard() {
        long id = demoCohort("ENROLLING");
        MatchingBoardView view = openAt(BoardLinks.pair(id, 999_999_999L, false));
        assertThat(view.tabs.getSelectedIndex()).isZero();
        assertThat(toasts()).anySatisfy(t -> assertThat(t).startsWith("That pair is no longer running"));
    }

    @Test
    void endingAPairPutsTheMenteeBackOnTheBoard() {
        long id = demoCohort("ENROLLING");
        MatchingBoardView view = openWithOnePair(id);
        long before = unmatched(id);
        PairsPane pairs = tab(view, "Pairs");

        test(action(pairs, 0, 1)).click();
        PairChangeDialog dialog = $(PairChangeDialog.class).single();
        test(dialog.reason).setValue("Mentor moves to another role");
        test(dialog.confirm).click();

        assertThat(unmatched(id)).isEqualTo(before + 1);
        assertThat(view.mentees.table.total()).isEqualTo(before + 1);
        HistoryPane history = tab(view, "History");
        assertThat(test(history.grid).getCellText(0, 1)).isEqualTo("Ended by HR");
        assertThat(test(history.grid).getCellText(0, 5)).isEqualTo("Mentor moves to another role");
    }

    @Test
    void weightsAreCheckedBesideEachFieldAndSaved() {
        long id = demoCohort("ENROLLING");
        MatchingBoardView view = open(id);

        test(view.weights).click();
        WeightsDialog dialog = $(WeightsDialog.class).single();
        dialog.fields.get(MatchCriterion.FOCUS_AREAS).clear();
        test(dialog.save).click();
        assertThat(dialog.fields.get(MatchCriterion.FOCUS_AREAS).isInvalid()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from matching_weight where cohort_id = ?", Long.class, id))
                .isZero();

        test(dialog.fields.get(MatchCriterion.FOCUS_AREAS)).setValue(60);
        dialog.excludePrevious.setValue(true);
        test(dialog.save).click();
        em.flush();

        assertThat(jdbc.queryForObject("select weight from matching_weight where cohort_id = ? and criterion = ?",
                Integer.class, id, MatchCriterion.FOCUS_AREAS.name())).isEqualTo(60);
        assertThat(jdbc.queryForObject("select exclude_previous_pairs from cohort where id = ?", Boolean.class, id))
                .isTrue();
        assertThat(toasts()).contains("Weights saved; suggestions and auto-match use them from now on.");
    }

    @Test
    void changingTheSpreadFromThePreviewSavesItAndRunsAutoMatchAgain() throws Exception {
        long id = demoCohort("ENROLLING");
        MatchingBoardView view = open(id);
        test(view.autoMatch).click();
        awaitAutoMatch(view);
        AutoMatchDialog first = $(AutoMatchDialog.class).single();

        test(first.changeSpread).click();
        WeightsDialog weights = $(WeightsDialog.class).single();
        assertThat(weights.spread.getValue()).isEqualTo(LoadSpreadWeight.DEFAULT);
        weights.spread.clear();
        test(weights.save).click();
        assertThat(weights.spread.isInvalid()).isTrue();
        test(weights.spread).setValue(0);
        assertThat(weights.spread.getHelperText()).startsWith("Auto-match looks at the score only");
        test(weights.save).click();
        assertThat(weights.spread.isInvalid()).isFalse();
        assertThat(weights.isOpened()).as("saved and closed").isFalse();
        awaitAutoMatch(view);

        // a new preview; what it shows at 0 is MatchingJourneyIT's (this test's saves are not committed, and
        // auto-match runs in the background on what is)
        assertThat(first.isOpened()).isFalse();
        assertThat($(AutoMatchDialog.class).all()).filteredOn(AutoMatchDialog::isOpened).singleElement()
                .isNotSameAs(first);
        em.flush();
        assertThat(jdbc.queryForObject("select load_spread_weight from cohort where id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void aCompletedCohortsBoardIsReadOnly() {
        long id = demoCohort("COMPLETED");
        MatchingBoardView view = open(id);

        assertThat(view.autoMatch.isEnabled()).isFalse();
        assertThat(view.weights.isEnabled()).isFalse();
        assertThat(view.weights.getTooltip().getText())
                .isEqualTo("This cohort is completed: its pairs can no longer change.");
    }

    @Test
    void anUnknownCohortSaysSo() {
        navigate("cohorts/999999/matching", MatchingBoardView.class);
        assertThat($(H2.class).first().getText()).isEqualTo("Cohort not found");
    }

    /** Opens the board and lets the tab sheet attach its content, as the response to the browser would. */
    private MatchingBoardView open(long cohortId) {
        MatchingBoardView view = navigate("cohorts/" + cohortId + "/matching", MatchingBoardView.class);
        roundTrip();
        return view;
    }

    /** Opens the board at an address with a query, as a link does. */
    private MatchingBoardView openAt(String address) {
        var location = new Location(address);
        UI.getCurrent().navigate(location.getPath(), location.getQueryParameters());
        roundTrip();
        return $(MatchingBoardView.class).single();
    }

    /** Pairs the first mentee on the board with the first mentor, then opens the board afresh. */
    private MatchingBoardView openWithOnePair(long cohortId) {
        MatchingBoardView first = open(cohortId);
        matching.assign(cohortId, first.mentors.table.shownRows().getFirst().enrollmentId(),
                first.mentees.table.shownRows().getFirst().enrollmentId(), null);
        return open(cohortId);
    }

    private <C extends Component> C tab(MatchingBoardView view, String caption) {
        test(view.tabs).select(caption);
        roundTrip();
        return ShownTabs.content(view.tabs, caption);
    }

    /** The row's "Rematch" (0) or "End pair" (1) button. */
    private Button action(PairsPane pairs, int row, int button) {
        var actions = (HorizontalLayout) test(pairs.grid).getCellComponent(row, 6);
        return (Button) actions.getComponentAt(button);
    }

    /** Runs what the click queued, waits for the background preview, then runs what it queued for the UI. */
    private static void awaitAutoMatch(MatchingBoardView view) throws Exception {
        var session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
        view.autoMatchWork.get(30, TimeUnit.SECONDS);
        session.getService().runPendingAccessTasks(session);
    }
}
