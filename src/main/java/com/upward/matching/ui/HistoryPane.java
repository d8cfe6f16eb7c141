package com.upward.matching.ui;

import com.upward.base.ui.Grids;
import com.upward.base.ui.Formats;
import com.upward.matching.internal.AssignmentEventType;
import com.upward.matching.internal.BoardRows.HistoryRow;
import com.upward.matching.internal.MatchingBoardService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import static com.upward.base.ui.Translations.tr;

/** Every change to the cohort's pairs, newest first: who, when, why, and the score before and after. */
class HistoryPane extends VerticalLayout {

    final Grid<HistoryRow> grid = new Grid<>(HistoryRow.class, false);

    HistoryPane(MatchingBoardService board, long cohortId) {
        setPadding(false);
        grid.addColumn(h -> Formats.instant(h.occurredAt(), "")).setHeader(tr("matching.history.column.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(h -> change(h.type())).setHeader(tr("matching.history.column.change"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(HistoryRow::menteeName).setHeader(tr("matching.column.mentee"));
        grid.addColumn(HistoryPane::mentors).setHeader(tr("matching.column.mentor")).setFlexGrow(2);
        grid.addColumn(h -> ScoreBreakdown.of(h.oldScore()) + " → " + ScoreBreakdown.of(h.newScore()))
                .setHeader(tr("matching.column.score"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(h -> h.reason() == null ? "" : h.reason()).setHeader(tr("matching.column.reason"))
                .setFlexGrow(2);
        grid.addColumn(h -> h.actor() == null ? tr("matching.history.system") : h.actor())
                .setHeader(tr("matching.history.column.by"));
        grid.setItemsPageable(pageable -> board.history(cohortId, pageable));
        grid.setEmptyStateText(tr("matching.history.empty"));
        grid.setAriaLabel(tr("matching.history.label"));
        grid.setTooltipGenerator(h -> h.reason());
        Grids.fillPage(grid);
        add(grid);
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /** The board's own words: HR "ends" a pair (UNASSIGNED); the cohort's end or a participant leaving ends it too. */
    private static String change(AssignmentEventType type) {
        return tr("matching.history.change." + type.name());
    }

    private static String mentors(HistoryRow h) {
        return h.previousMentorName() == null ? h.mentorName() : h.previousMentorName() + " → " + h.mentorName();
    }
}
