package com.upward.goals.ui;

import com.upward.base.ui.StatusLabels;
import com.upward.base.ui.Formats;
import com.upward.base.ui.Grids;
import com.upward.goals.internal.CohortGoalsService;
import com.upward.goals.internal.GoalRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Every mentee's goals: title, type, status and progress. */
class GoalsTab extends VerticalLayout {

    final Grid<GoalRow> grid = new Grid<>(GoalRow.class, false);

    GoalsTab(CohortGoalsService goals, long cohortId) {
        setPadding(false);
        var note = new Paragraph("Pivoted goals were replaced by a better one after a setback: that counts as "
                + "progress, not failure.");
        note.addClassName("page-intro");
        grid.addColumn(GoalRow::menteeName).setHeader("Mentee").setSortProperty("me.lastName");
        grid.addColumn(GoalRow::title).setHeader("Goal").setSortProperty("g.title").setFlexGrow(2);
        grid.addColumn(g -> StatusLabels.of(g.type())).setHeader("Type").setSortProperty("g.goalType").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(StatusLabels.badgeRenderer(g -> g.status())).setHeader("Status").setSortProperty("g.status")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(g -> g.progress() + " %").setHeader("Progress").setSortProperty("g.progress")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(g -> Formats.date(g.targetDate())).setHeader("Target date").setSortProperty("g.targetDate")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText("No goals yet. Mentees set them once the cohort has started.");
        grid.setItemsPageable(pageable -> goals.goals(cohortId, pageable).getContent());
        grid.setAriaLabel("Goals");
        Grids.fillPage(grid);
        Grids.sortBy(grid, "me.lastName");
        add(note, grid);
    }
}
