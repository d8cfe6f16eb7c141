package com.upward.checkin.ui;

import com.upward.base.ui.Grids;
import com.upward.checkin.internal.CheckInCounts;
import com.upward.checkin.internal.CohortCheckInsService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Check-in states per mentee. Counts only: what mentees write stays between them and their mentor. */
class CheckInsTab extends VerticalLayout {

    final Grid<CheckInCounts> grid = new Grid<>(CheckInCounts.class, false);

    CheckInsTab(CohortCheckInsService checkIns, long cohortId) {
        setPadding(false);
        var note = new Paragraph("On time means submitted by two days after the due date; overdue means not "
                + "submitted by then. What mentees write is visible only to them and their mentor.");
        note.addClassName("page-intro");
        grid.addColumn(CheckInCounts::menteeName).setHeader("Mentee").setSortProperty("menteeName");
        grid.addColumn(c -> c.mentorName() == null ? "No mentor" : c.mentorName()).setHeader("Mentor");
        grid.addColumn(CheckInCounts::onTime).setHeader("On time").setSortProperty("onTime").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(CheckInCounts::late).setHeader("Late").setSortProperty("late").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(CheckInCounts::overdue).setHeader("Overdue").setSortProperty("overdue").setAutoWidth(true)
                .setFlexGrow(0).setPartNameGenerator(c -> c.overdue() > 0 ? "overdue" : null);
        grid.addColumn(CheckInCounts::upcoming).setHeader("Upcoming").setSortProperty("upcoming")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText("No check-ins yet: they are scheduled when the cohort starts.");
        grid.setItemsPageable(pageable -> checkIns.countsPerMentee(cohortId, pageable),
                pageable -> checkIns.countMentees(cohortId));
        grid.setAriaLabel("Check-ins per mentee");
        Grids.fillPage(grid);
        Grids.sortBy(grid, "menteeName");
        add(note, grid);
    }
}
