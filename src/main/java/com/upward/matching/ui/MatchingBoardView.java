package com.upward.matching.ui;

import com.upward.base.BusinessRuleException;
import com.upward.base.ui.BackgroundWork;
import com.upward.matching.BoardLinks;
import com.upward.base.ui.Failures;
import com.upward.base.ui.LazyTabs;
import com.upward.base.ui.Markup;
import com.upward.base.ui.RouteIds;
import com.upward.base.ui.StatusLabels;
import com.upward.base.ui.Tiles;
import com.upward.base.ui.Toasts;
import com.upward.matching.internal.BoardRows.BoardSummary;
import com.upward.matching.internal.BoardRows.MenteeRow;
import com.upward.matching.internal.MatchingBoardService;
import com.upward.matching.internal.MatchingService;
import com.upward.matching.internal.PairingService;
import com.upward.base.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static com.upward.base.ui.Translations.tr;

/**
 * HR's matching board for one cohort: unmatched mentees on one side, mentors with their load on the other, the best
 * suggestions for the selected mentee in between; auto-match with a preview; the pairs with rematch and end (and
 * those waiting for answers with withdraw); the cohort's pairing options; and the history of every change.
 */
@Route("cohorts/:cohortId/matching")
@RolesAllowed({Role.Names.ADMIN, Role.Names.HR})
class MatchingBoardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    final Button autoMatch = new Button(tr("matching.board.auto-match"), VaadinIcon.MAGIC.create());
    final Button weights = new Button(tr("matching.board.weights"), VaadinIcon.SLIDERS.create());
    final Button pairingOptions = new Button(tr("matching.board.pairing-options"), VaadinIcon.HANDSHAKE.create());
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    MenteesPane mentees;
    MentorsPane mentors;
    SuggestionsPanel suggestions;
    /** Built when their tab is first shown (null before). */
    PairsPane pairs;
    HistoryPane history;
    TabSheet tabs;
    /** The running auto-match, for tests to wait on. */
    CompletableFuture<Void> autoMatchWork;

    private final MatchingService matching;
    private final PairingService pairing;
    private final MatchingBoardService board;
    private final Div header = new Div();
    private BoardSummary summary;

    MatchingBoardView(MatchingService matching, PairingService pairing, MatchingBoardService board) {
        this.matching = matching;
        this.pairing = pairing;
        this.board = board;
        addClassNames("page", "matching-page");
        autoMatch.addThemeVariants(ButtonVariant.PRIMARY);
        autoMatch.addClickListener(e -> runAutoMatch());
        weights.addThemeVariants(ButtonVariant.TERTIARY);
        weights.addClickListener(e -> openWeights(() -> { }));
        pairingOptions.addThemeVariants(ButtonVariant.TERTIARY);
        pairingOptions.addClickListener(e -> new PairingOptionsDialog(pairing, summary.cohortId(), this::refresh)
                .open());
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.setWidth("12rem");
        progressText.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return tr("matching.board.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = RouteIds.parse(event, "cohortId");
        summary = id == null ? null : board.summary(id).orElse(null);
        removeAll();
        if (summary == null) {
            add(new Anchor("programs", tr("matching.board.all-programs")),
                    new H2(tr("matching.board.not-found.title")),
                    Tiles.emptyState(tr("matching.board.not-found.text")));
            return;
        }
        long cohortId = summary.cohortId();
        suggestions = new SuggestionsPanel(matching, board, cohortId, this::refresh);
        mentees = new MenteesPane(board, cohortId, this::showSuggestions);
        mentors = new MentorsPane(board, cohortId);
        pairs = null;
        history = null;

        var columns = new Div(mentees, suggestions, mentors);
        columns.addClassName("matching-board");
        tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(tr("matching.board.tab.match"), columns);
        tabs.add(tr("matching.board.tab.pairs"), new LazyTabs.Lazy(() -> {
            pairs = new PairsPane(matching, pairing, board, cohortId, this::refresh);
            pairs.setOpen(summary.open());
            return pairs;
        }));
        tabs.add(tr("matching.board.tab.history"), new LazyTabs.Lazy(() -> history = new HistoryPane(board, cohortId)));
        add(new Anchor("cohorts/" + cohortId, "← " + summary.cohortName()), header, tabs);
        renderHeader();
        LazyTabs.buildOnSelect(tabs);
        Long pairId = RouteIds.query(event, BoardLinks.PAIR);
        if (pairId != null) {
            focusPair(pairId, event.getLocation().getQueryParameters().getSingleParameter(BoardLinks.CHANGE)
                    .filter(BoardLinks.REMATCH::equals).isPresent());
        }
    }

    /** A link from the HR home's at-risk pairs (issue 24) opens the board on that pair. */
    private void focusPair(long assignmentId, boolean rematch) {
        var pair = board.runningPair(summary.cohortId(), assignmentId);
        if (pair.isEmpty()) {
            Toasts.error(tr("matching.board.pair-gone"));
            return;
        }
        tabs.setSelectedIndex(1);
        if (pairs != null) {
            pairs.search.setValue(pair.get().menteeName());
        }
        if (rematch && summary.open()) {
            new PairChangeDialog(matching, pair.get(), PairChangeDialog.Change.REMATCH, this::refresh).open();
        }
    }

    /** After any change: figures, lists and the selected mentee's suggestions are read again. */
    void refresh() {
        summary = board.summary(summary.cohortId()).orElse(summary);
        renderHeader();
        mentees.refresh();
        mentors.refresh();
        if (history != null) {
            history.refresh();
        }
        suggestions.show(null, summary.open());
    }

    private void showSuggestions(MenteeRow mentee) {
        suggestions.show(mentee, summary.open());
    }

    private void renderHeader() {
        header.removeAll();
        // title, rules and figures are only read: one element of markup
        header.add(Markup.of("<div class=\"matching-header\"><div class=\"matching-title\"><h2>"
                + Markup.text(tr("matching.board.heading", summary.cohortName())) + "</h2>"
                + StatusLabels.badgeMarkup(summary.cohortStatus()) + "</div><p class=\"page-intro\">"
                + Markup.text(intro()) + "</p>" + Tiles.markup(tiles()) + "</div>"));
        boolean open = summary.open();
        if (pairs != null) {
            pairs.setOpen(open);
        }
        autoMatch.setEnabled(open && summary.unmatchedMentees() > 0);
        autoMatch.setTooltipText(!open ? closedReason() : summary.unmatchedMentees() == 0
                ? tr("matching.board.all-matched") : null);
        weights.setEnabled(open);
        weights.setTooltipText(open ? null : closedReason());
        pairingOptions.setEnabled(open);
        pairingOptions.setTooltipText(open ? null : closedReason());
        var toolbar = new HorizontalLayout(autoMatch, weights, pairingOptions, progress, progressText);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.addClassName("matching-toolbar");
        header.add(toolbar);
        if (!open) {
            header.add(Tiles.emptyState(closedReason()));
        }
    }

    private List<Tiles.Tile> tiles() {
        List<Tiles.Tile> tiles = new ArrayList<>(List.of(
                Tiles.tile(summary.unmatchedMentees(), tr("matching.board.tile.unmatched")),
                Tiles.tile(summary.acceptedMentees(), tr("matching.board.tile.accepted")),
                Tiles.tile(summary.mentors(), tr("matching.board.tile.mentors")),
                Tiles.tile(summary.freePlaces(), tr("matching.board.tile.free-places")),
                Tiles.tile(summary.runningPairs(), tr("matching.board.tile.running"))));
        if (summary.waitingPairs() > 0) {
            tiles.add(Tiles.tile(summary.waitingPairs(), tr("matching.board.tile.waiting")));
        }
        return tiles;
    }

    /** The rules the board keeps, and the cohort's pairing options: sentences of their own. */
    private String intro() {
        List<String> sentences = new ArrayList<>();
        sentences.add(summary.excludePreviousPairs()
                ? tr("matching.board.intro-exclude-previous", summary.capacity())
                : tr("matching.board.intro", summary.capacity()));
        sentences.addAll(PairingOptionsDialog.describe(summary.pairsNeedAcceptance(), summary.menteesChooseMentor()));
        return String.join(" ", sentences);
    }

    /** Why nothing can change: one sentence per status, as the status reads differently in each language. */
    private String closedReason() {
        return tr("matching.board.closed." + summary.cohortStatus().name());
    }

    private void runAutoMatch() {
        UI ui = UI.getCurrent();
        long cohortId = summary.cohortId();
        autoMatch.setEnabled(false);
        progress.setVisible(true);
        progressText.setVisible(true);
        progressText.setText(tr("matching.board.auto-match.progress", summary.unmatchedMentees()));
        autoMatchWork = BackgroundWork.run(ui, () -> matching.previewAutoMatch(cohortId), preview -> {
            stopProgress();
            new AutoMatchDialog(matching, cohortId, preview, this::refresh, closePreview -> openWeights(() -> {
                closePreview.run();
                runAutoMatch();
            })).open();
        }, failure -> {
            stopProgress();
            Toasts.error(tr("matching.board.auto-match.failed", failure instanceof BusinessRuleException refusal
                    ? tr(refusal.text()) : Failures.logAndDescribe(failure, "running auto-match")));
        });
    }

    /** The weights dialog; once saved, the board is refreshed and {@code afterSave} runs. */
    private void openWeights(Runnable afterSave) {
        new WeightsDialog(matching, summary.cohortId(), summary.excludePreviousPairs(), summary.loadSpreadWeight(),
                () -> {
                    refresh();
                    afterSave.run();
                }).open();
    }

    private void stopProgress() {
        progress.setVisible(false);
        progressText.setVisible(false);
        autoMatch.setEnabled(summary.open() && summary.unmatchedMentees() > 0);
    }
}
