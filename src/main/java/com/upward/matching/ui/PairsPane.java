package com.upward.matching.ui;

import com.upward.base.ui.Formats;
import com.upward.base.ui.Grids;
import com.upward.base.ui.StatusLabels;
import com.upward.matching.internal.BoardRows.RunningPair;
import com.upward.matching.internal.MatchingBoardService;
import com.upward.matching.internal.MatchingService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/** The running pairs, each with "Rematch" and "End pair". */
class PairsPane extends VerticalLayout {

    final Grid<RunningPair> grid = new Grid<>(RunningPair.class, false);
    final TextField search = SearchFields.create("Search by mentor or mentee", this::refresh);

    private boolean open = true;

    PairsPane(MatchingService matching, MatchingBoardService board, long cohortId, Runnable onChange) {
        setPadding(false);
        grid.addColumn(RunningPair::menteeName).setHeader("Mentee").setSortProperty("menteeName");
        grid.addColumn(RunningPair::mentorName).setHeader("Mentor").setSortProperty("mentorName");
        grid.addColumn(p -> ScoreBreakdown.of(p.score()))
                .setHeader("Score").setSortProperty("score").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(StatusLabels.badgeRenderer(p -> p.status())).setHeader("Status").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> Formats.date(p.startsOn())).setHeader("Since").setSortProperty("startsOn")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(p -> actions(matching, p, onChange)).setHeader("Actions").setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItemsPageable(pageable -> board.runningPairs(cohortId, search.getValue(), pageable));
        grid.setEmptyStateText("No running pairs yet. Assign mentors on the \"Match mentees\" tab, "
                + "or run auto-match.");
        grid.setAriaLabel("Running pairs");
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
