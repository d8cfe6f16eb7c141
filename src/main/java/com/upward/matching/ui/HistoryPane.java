package com.upward.matching.ui;

import com.upward.base.ui.Grids;
import com.upward.base.ui.Formats;
import com.upward.base.ui.StatusLabels;
import com.upward.matching.internal.AssignmentEventType;
import com.upward.matching.internal.BoardRows.HistoryRow;
import com.upward.matching.internal.MatchingBoardService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Every change to the cohort's pairs, newest first: who, when, why, and the score before and after. */
class HistoryPane extends VerticalLayout {

    final Grid<HistoryRow> grid = new Grid<>(HistoryRow.class, false);

    HistoryPane(MatchingBoardService board, long cohortId) {
        setPadding(false);
        grid.addColumn(h -> Formats.instant(h.occurredAt(), "")).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(h -> change(h.type())).setHeader("Change").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(HistoryRow::menteeName).setHeader("Mentee");
        grid.addColumn(HistoryPane::mentors).setHeader("Mentor").setFlexGrow(2);
        grid.addColumn(h -> ScoreBreakdown.of(h.oldScore()) + " → " + ScoreBreakdown.of(h.newScore()))
                .setHeader("Score")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(h -> h.reason() == null ? "" : h.reason()).setHeader("Reason").setFlexGrow(2);
        grid.addColumn(h -> h.actor() == null ? "System" : h.actor()).setHeader("By");
        grid.setItemsPageable(pageable -> board.history(cohortId, pageable));
        grid.setEmptyStateText("No changes yet. Every assignment, rematch and end will be listed here.");
        grid.setAriaLabel("Pair history");
        grid.setTooltipGenerator(h -> h.reason());
        Grids.fillPage(grid);
        add(grid);
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /** The board's own words: HR "ends" a pair; the cohort's end or a participant leaving ends it too. */
    private static String change(AssignmentEventType type) {
        return switch (type) {
            case UNASSIGNED -> "Ended by HR";
            case ENDED -> "Ended";
            case PROPOSED -> "Proposed";
            case REQUESTED -> "Asked for by the mentee";
            case ACCEPTED -> "Accepted";
            case CONFIRMED -> "Confirmed by HR";
            default -> StatusLabels.of(type);
        };
    }

    private static String mentors(HistoryRow h) {
        return h.previousMentorName() == null ? h.mentorName() : h.previousMentorName() + " → " + h.mentorName();
    }
}
