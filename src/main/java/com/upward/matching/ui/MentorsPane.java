package com.upward.matching.ui;

import com.upward.base.ui.Grids;
import com.upward.matching.BoardRows.MentorRow;
import com.upward.matching.MatchingBoardService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/** The cohort's mentors with their load against the cohort's capacity. */
class MentorsPane extends VerticalLayout {

    final Grid<MentorRow> grid = new Grid<>(MentorRow.class, false);
    final TextField search = SearchFields.create("Search mentors", this::refresh);

    MentorsPane(MatchingBoardService board, long cohortId) {
        setPadding(false);
        addClassName("board-column");
        grid.addColumn(MentorRow::name).setHeader("Mentor").setSortProperty("name").setFlexGrow(2);
        grid.addColumn(MentorRow::department).setHeader("Department").setSortProperty("department");
        grid.addColumn(MentorRow::jobLevel).setHeader("Level").setSortProperty("jobLevel").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(load()).setHeader("Load").setSortProperty("load").setAutoWidth(true)
                .setFlexGrow(0);
        grid.setPageSize(Grids.PAGE_SIZE);
        grid.setItemsPageable(pageable -> board.mentors(cohortId, search.getValue(), pageable));
        grid.setEmptyStateText("No accepted mentors yet. Invite or accept mentors on the cohort's Participants tab.");
        grid.setAriaLabel("Mentors and their load");
        grid.setTooltipGenerator(m -> m.skills() == null ? null : "Offers: " + m.skills());
        grid.setHeight("30rem");
        Grids.sortBy(grid, "name");
        add(new H3("Mentors"), search, grid);
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /** Drawn in the browser: no component per fetched row. */
    private static LitRenderer<MentorRow> load() {
        return LitRenderer.<MentorRow>of(
                        "<span class=\"mentor-load ${item.fullness}\" aria-label=\"${item.label}\">${item.load}</span>")
                .withProperty("fullness", m -> m.full() ? "full" : "free")
                .withProperty("load", m -> m.load() + " of " + m.capacity())
                .withProperty("label", m -> m.load() + " of " + m.capacity() + " places taken"
                        + (m.full() ? ", full" : ""));
    }
}
