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

import static com.upward.base.ui.Translations.tr;

/**
 * The running pairs, each with "Rematch" and "End pair", and the pairs waiting for answers, with "Withdraw" (and
 * "Confirm" for a mentee's request).
 */
class PairsPane extends VerticalLayout {

    final Grid<RunningPair> grid = new Grid<>(RunningPair.class, false);
    final TextField search = SearchFields.create(tr("matching.pairs.search"), this::refresh);

    private boolean open = true;

    PairsPane(MatchingService matching, PairingService pairing, MatchingBoardService board, long cohortId,
              Runnable onChange) {
        setPadding(false);
        grid.addColumn(RunningPair::menteeName).setHeader(tr("matching.column.mentee")).setSortProperty("menteeName");
        grid.addColumn(RunningPair::mentorName).setHeader(tr("matching.column.mentor")).setSortProperty("mentorName");
        grid.addColumn(p -> ScoreBreakdown.of(p.score()))
                .setHeader(tr("matching.column.score")).setSortProperty("score").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(StatusLabels.badgeRenderer(p -> p.status())).setHeader(tr("matching.column.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(RunningPair::waitingFor).setHeader(tr("matching.pairs.column.waiting-for")).setAutoWidth(true);
        grid.addColumn(p -> Formats.date(p.startsOn())).setHeader(tr("matching.column.since"))
                .setSortProperty("startsOn")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(p -> p.waiting() ? proposalActions(matching, pairing, p, onChange)
                        : actions(matching, p, onChange)).setHeader(tr("matching.pairs.column.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItemsPageable(pageable -> board.runningPairs(cohortId, search.getValue(), pageable));
        grid.setEmptyStateText(tr("matching.pairs.empty"));
        grid.setAriaLabel(tr("matching.pairs.label"));
        grid.setTooltipGenerator(p -> p.reason() == null ? null : tr("matching.pairs.why", p.reason()));
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
        var withdraw = new Button(tr("matching.pairs.withdraw"), e -> new PairChangeDialog(matching, pair,
                PairChangeDialog.Change.WITHDRAW, onChange).open());
        withdraw.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        withdraw.setAriaLabel(tr("matching.pairs.withdraw.label", pair.menteeName()));
        withdraw.setEnabled(open);
        var actions = new HorizontalLayout();
        if (pair.requestedByMentee()) {
            var confirm = new Button(tr("matching.pairs.confirm"), e -> {
                try {
                    pairing.confirmRequest(pair.assignmentId());
                    Toasts.success(tr("matching.board.assigned", pair.mentorName(), pair.menteeName()));
                } catch (BusinessRuleException refusal) {
                    Toasts.error(tr(refusal.text()));
                }
                onChange.run();
            });
            confirm.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
            confirm.setAriaLabel(tr("matching.pairs.confirm.label", pair.menteeName(), pair.mentorName()));
            confirm.setEnabled(open);
            actions.add(confirm);
        }
        actions.add(withdraw);
        return actions;
    }

    private HorizontalLayout actions(MatchingService matching, RunningPair pair, Runnable onChange) {
        var rematch = new Button(tr("matching.pairs.rematch"), e -> new PairChangeDialog(matching, pair,
                PairChangeDialog.Change.REMATCH, onChange).open());
        rematch.addThemeVariants(ButtonVariant.SMALL);
        rematch.setAriaLabel(tr("matching.change.rematch.title", pair.menteeName()));
        var end = new Button(tr("matching.pairs.end"), e -> new PairChangeDialog(matching, pair,
                PairChangeDialog.Change.END, onChange).open());
        end.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        end.setAriaLabel(tr("matching.pairs.end.label", pair.menteeName()));
        rematch.setEnabled(open);
        end.setEnabled(open);
        var actions = new HorizontalLayout(rematch, end);
        actions.setSpacing(true);
        return actions;
    }
}
