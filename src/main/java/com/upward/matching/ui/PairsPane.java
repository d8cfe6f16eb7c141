package com.upward.matching.ui;

import com.upward.base.ui.Formats;
import com.upward.base.ui.Grids;
import com.upward.base.ui.StatusLabels;
import com.upward.matching.internal.BoardRows.RunningPair;
import com.upward.matching.internal.MatchingBoardService;
import com.upward.matching.internal.MatchingService;
import com.upward.matching.internal.PairingService;
import com.upward.base.BusinessRuleException;
import com.upward.base.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The running pairs, each with "Rematch" and "End pair", and the pairs waiting for answers, with "Withdraw" (and
 * "Confirm" for a mentee's request).
 */
class PairsPane extends VerticalLayout {

    final Grid<RunningPair> grid = new Grid<>(RunningPair.class, false);
    final TextField search = SearchFields.create("Search by mentor or mentee", this::refresh);

    private boolean open = true;

    PairsPane(MatchingService matching, PairingService pairing, MatchingBoardService board, long cohortId,
              Runnable onChange) {
        setPadding(false);
        grid.addColumn(RunningPair::menteeName).setHeader("Mentee").setSortProperty("menteeName");
        grid.addColumn(RunningPair::mentorName).setHeader("Mentor").setSortProperty("mentorName");
        grid.addColumn(p -> ScoreBreakdown.of(p.score()))
                .setHeader("Score").setSortProperty("score").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(StatusLabels.badgeRenderer(p -> p.status())).setHeader("Status").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(RunningPair::waitingFor).setHeader("Waiting for").setAutoWidth(true);
        grid.addColumn(p -> Formats.date(p.startsOn())).setHeader("Since").setSortProperty("startsOn")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(p -> p.waiting() ? proposalActions(matching, pairing, p, onChange)
                        : actions(matching, p, onChange)).setHeader("Actions").setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItemsPageable(pageable -> board.runningPairs(cohortId, search.getValue(), pageable));
        grid.setEmptyStateText("No pairs yet. Assign mentors on the \"Match mentees\" tab, or run auto-match.");
        grid.setAriaLabel("Pairs");
        grid.setTooltipGenerator(p -> p.reason() == null ? null : "Why: " + p.reason());
        Grids.fillPage(grid);
        Grids.sortBy(grid, "menteeName");
        add(search, grid);
    }

    void setOpen(boolean open) {
        this.open = open;
        refresh();
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private HorizontalLayout proposalActions(MatchingService matching, PairingService pairing, RunningPair pair,
                                             Runnable onChange) {
        var withdraw = new Button("Withdraw", e -> new PairChangeDialog(matching, pair,
                PairChangeDialog.Change.WITHDRAW, onChange).open());
        withdraw.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        withdraw.setAriaLabel("Withdraw the proposal for " + pair.menteeName());
        withdraw.setEnabled(open);
        var actions = new HorizontalLayout();
        if (pair.requestedByMentee()) {
            var confirm = new Button("Confirm", e -> {
                try {
                    pairing.confirmRequest(pair.assignmentId());
                    Toasts.success(pair.mentorName() + " now mentors " + pair.menteeName() + ".");
                } catch (BusinessRuleException refusal) {
                    Toasts.error(refusal.getMessage());
                }
                onChange.run();
            });
            confirm.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
            confirm.setAriaLabel("Confirm " + pair.menteeName() + "'s request for " + pair.mentorName());
            confirm.setEnabled(open);
            actions.add(confirm);
        }
        actions.add(withdraw);
        return actions;
    }

    private HorizontalLayout actions(MatchingService matching, RunningPair pair, Runnable onChange) {
        var rematch = new Button("Rematch", e -> new PairChangeDialog(matching, pair,
                PairChangeDialog.Change.REMATCH, onChange).open());
        rematch.addThemeVariants(ButtonVariant.SMALL);
        rematch.setAriaLabel("Rematch " + pair.menteeName());
        var end = new Button("End pair", e -> new PairChangeDialog(matching, pair,
                PairChangeDialog.Change.END, onChange).open());
        end.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        end.setAriaLabel("End the pair of " + pair.menteeName());
        rematch.setEnabled(open);
        end.setEnabled(open);
        var actions = new HorizontalLayout(rematch, end);
        actions.setSpacing(true);
        return actions;
    }
}
