package com.upward.program.ui;

import com.upward.base.ui.Formats;
import com.upward.base.ui.Grids;
import com.upward.program.CohortOverviewService;
import com.upward.program.PairRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The cohort's pairs, read-only: pairing itself happens on the matching board. */
class PairsTab extends VerticalLayout {

    final Grid<PairRow> grid = new Grid<>(PairRow.class, false);

    PairsTab(CohortOverviewService overview, long cohortId) {
        setPadding(false);
        var note = new Paragraph("Pairs are made on the matching board, which arrives with the matching feature. "
                + "Until then this list is read-only.");
        note.addClassName("page-intro");
        grid.addColumn(PairRow::mentorName).setHeader("Mentor").setSortProperty("mr.lastName");
        grid.addColumn(PairRow::menteeName).setHeader("Mentee").setSortProperty("me.lastName");
        grid.addColumn(p -> p.score() == null ? "" : p.score().stripTrailingZeros().toPlainString())
                .setHeader("Score").setSortProperty("score").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(p -> Labels.badge(p.status())).setHeader("Status").setSortProperty("status")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> Formats.date(p.startsOn())).setHeader("Since").setSortProperty("startsOn")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> Formats.date(p.endsOn())).setHeader("Ended").setSortProperty("endsOn")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText("No pairs yet. Accept mentors and mentees first; pairing comes next.");
        grid.setItemsPageable(pageable -> overview.pairs(cohortId, pageable).getContent());
        grid.setAriaLabel("Pairs");
        grid.setHeight("28rem");
        Grids.sortBy(grid, "me.lastName");
        add(note, grid);
    }
}
