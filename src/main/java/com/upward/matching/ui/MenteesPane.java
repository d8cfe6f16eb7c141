package com.upward.matching.ui;

import com.upward.base.ui.Grids;
import com.upward.matching.BoardRows.MenteeRow;
import com.upward.matching.MatchingBoardService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import java.util.function.Consumer;

/** Accepted mentees without a mentor; picking one shows their suggestions. */
class MenteesPane extends VerticalLayout {

    final Grid<MenteeRow> grid = new Grid<>(MenteeRow.class, false);
    final TextField search = SearchFields.create("Search mentees", this::refresh);

    MenteesPane(MatchingBoardService board, long cohortId, Consumer<MenteeRow> onSelect) {
        setPadding(false);
        addClassName("board-column");
        grid.addColumn(MenteeRow::name).setHeader("Mentee").setSortProperty("name").setFlexGrow(2);
        grid.addColumn(MenteeRow::department).setHeader("Department").setSortProperty("department");
        grid.addColumn(MenteeRow::jobLevel).setHeader("Level").setSortProperty("jobLevel").setAutoWidth(true)
                .setFlexGrow(0);
        grid.setPageSize(Grids.PAGE_SIZE);
        grid.setItemsPageable(pageable -> board.unmatchedMentees(cohortId, search.getValue(), pageable));
        grid.setEmptyStateText("Every accepted mentee has a mentor. Accept more mentees on the cohort's "
                + "Participants tab, or look at the running pairs.");
        grid.setAriaLabel("Mentees without a mentor");
        grid.setTooltipGenerator(m -> m.focusAreas() == null ? null : "Wants to learn: " + m.focusAreas());
        grid.setHeight("30rem");
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                onSelect.accept(e.getValue());
            }
        });
        Grids.sortBy(grid, "name");
        add(new H3("Mentees without a mentor"), search, grid);
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
