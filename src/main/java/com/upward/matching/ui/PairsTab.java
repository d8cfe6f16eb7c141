package com.upward.matching.ui;

import com.upward.base.ui.StatusLabels;
import com.upward.base.ui.Formats;
import com.upward.base.ui.Grids;
import com.upward.matching.internal.PairListService;
import com.upward.matching.internal.PairRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The cohort's pairs, all of them including ended ones; pairing itself happens on the matching board. */
class PairsTab extends VerticalLayout {

    final Grid<PairRow> grid = new Grid<>(PairRow.class, false);

    PairsTab(PairListService pairs, long cohortId) {
        setPadding(false);
        var note = new Paragraph("Pairs are made, rematched and ended on the matching board, with suggestions "
                + "and auto-match. This list shows every pair, ended ones too. ");
        note.addClassName("page-intro");
        var board = new Anchor("cohorts/" + cohortId + "/matching", "Open the matching board");
        board.addClassName("matching-board-link");
        note.add(board);
        grid.addColumn(PairRow::mentorName).setHeader("Mentor").setSortProperty("mr.lastName");
        grid.addColumn(PairRow::menteeName).setHeader("Mentee").setSortProperty("me.lastName");
        grid.addColumn(p -> p.score() == null ? "" : p.score().stripTrailingZeros().toPlainString())
                .setHeader("Score").setSortProperty("score").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(StatusLabels.badgeRenderer(p -> p.status())).setHeader("Status").setSortProperty("status")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> Formats.date(p.startsOn())).setHeader("Since").setSortProperty("startsOn")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> Formats.date(p.endsOn())).setHeader("Ended").setSortProperty("endsOn")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText("No pairs yet. Accept mentors and mentees, then pair them on the matching board.");
        grid.setItemsPageable(pageable -> pairs.pairs(cohortId, pageable).getContent());
        grid.setAriaLabel("Pairs");
        Grids.fillPage(grid);
        Grids.sortBy(grid, "me.lastName");
        add(note, grid);
    }
}
