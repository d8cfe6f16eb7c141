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

import static com.upward.base.ui.Translations.tr;

/** The cohort's pairs, all of them including ended ones; pairing itself happens on the matching board. */
class PairsTab extends VerticalLayout {

    final Grid<PairRow> grid = new Grid<>(PairRow.class, false);

    PairsTab(PairListService pairs, long cohortId) {
        setPadding(false);
        var note = new Paragraph(tr("matching.pairs-tab.note") + " ");
        note.addClassName("page-intro");
        var board = new Anchor("cohorts/" + cohortId + "/matching", tr("matching.pairs-tab.open-board"));
        board.addClassName("matching-board-link");
        note.add(board);
        grid.addColumn(PairRow::mentorName).setHeader(tr("matching.column.mentor")).setSortProperty("mr.lastName");
        grid.addColumn(PairRow::menteeName).setHeader(tr("matching.column.mentee")).setSortProperty("me.lastName");
        grid.addColumn(p -> p.score() == null ? "" : p.score().stripTrailingZeros().toPlainString())
                .setHeader(tr("matching.column.score")).setSortProperty("score").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(StatusLabels.badgeRenderer(p -> p.status())).setHeader(tr("matching.column.status"))
                .setSortProperty("status")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> Formats.date(p.startsOn())).setHeader(tr("matching.column.since"))
                .setSortProperty("startsOn")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> Formats.date(p.endsOn())).setHeader(tr("matching.pairs-tab.column.ended"))
                .setSortProperty("endsOn")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(tr("matching.pairs-tab.empty"));
        grid.setItemsPageable(pageable -> pairs.pairs(cohortId, pageable).getContent());
        grid.setAriaLabel(tr("matching.pairs.label"));
        Grids.fillPage(grid);
        Grids.sortBy(grid, "me.lastName");
        add(note, grid);
    }
}
