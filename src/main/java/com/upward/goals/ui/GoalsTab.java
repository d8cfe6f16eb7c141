package com.upward.goals.ui;

import com.upward.base.ui.StatusLabels;
import com.upward.base.ui.Formats;
import com.upward.base.ui.Grids;
import com.upward.goals.internal.CohortGoalsService;
import com.upward.goals.internal.GoalRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;

import static com.upward.base.ui.Translations.tr;

/** Every mentee's goals: title, type, status and progress. */
class GoalsTab extends VerticalLayout {

    final Grid<GoalRow> grid = new Grid<>(GoalRow.class, false);

    GoalsTab(CohortGoalsService goals, long cohortId) {
        setPadding(false);
        var note = new Paragraph(tr("goals.tab.note"));
        note.addClassName("page-intro");
        grid.addColumn(GoalRow::menteeName).setHeader(tr("goals.tab.mentee")).setSortProperty("me.lastName");
        grid.addColumn(GoalRow::title).setHeader(tr("goals.tab.goal")).setSortProperty("g.title").setFlexGrow(2);
        grid.addColumn(g -> tr("goals.type." + g.type().name())).setHeader(tr("goals.tab.type"))
                .setSortProperty("g.goalType").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(statusBadge()).setHeader(tr("goals.tab.status")).setSortProperty("g.status")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(g -> g.progress() + " %").setHeader(tr("goals.tab.progress")).setSortProperty("g.progress")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(g -> Formats.date(g.targetDate())).setHeader(tr("goals.tab.target-date"))
                .setSortProperty("g.targetDate").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(tr("goals.tab.empty"));
        grid.setItemsPageable(pageable -> goals.goals(cohortId, pageable).getContent());
        grid.setAriaLabel(tr("goals.tab.name"));
        Grids.fillPage(grid);
        Grids.sortBy(grid, "me.lastName");
        add(note, grid);
    }

    /** The status pill, worded in the reader's language and drawn in the browser: no component per row. */
    private static LitRenderer<GoalRow> statusBadge() {
        return LitRenderer.<GoalRow>of("<span class=\"status-badge ${item.badgeClass}\">${item.badgeText}</span>")
                .withProperty("badgeClass", row -> StatusLabels.cssClass(row.status()))
                .withProperty("badgeText", row -> tr("goals.status." + row.status().name()));
    }
}
