package com.upward.checkin.ui;

import com.upward.base.ui.Grids;
import com.upward.checkin.internal.CheckInCounts;
import com.upward.checkin.internal.CohortCheckInsService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import static com.upward.base.ui.Translations.tr;

/** Check-in states per mentee. Counts only: what mentees write stays between them and their mentor. */
class CheckInsTab extends VerticalLayout {

    final Grid<CheckInCounts> grid = new Grid<>(CheckInCounts.class, false);

    CheckInsTab(CohortCheckInsService checkIns, long cohortId) {
        setPadding(false);
        var note = new Paragraph(tr("checkin.tab.note"));
        note.addClassName("page-intro");
        grid.addColumn(CheckInCounts::menteeName).setHeader(tr("checkin.tab.mentee")).setSortProperty("menteeName");
        grid.addColumn(c -> c.mentorName() == null ? tr("checkin.tab.no-mentor") : c.mentorName())
                .setHeader(tr("checkin.tab.mentor"));
        grid.addColumn(CheckInCounts::onTime).setHeader(tr("checkin.tab.on-time")).setSortProperty("onTime")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CheckInCounts::late).setHeader(tr("checkin.tab.late")).setSortProperty("late")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CheckInCounts::overdue).setHeader(tr("checkin.tab.overdue")).setSortProperty("overdue")
                .setAutoWidth(true).setFlexGrow(0).setPartNameGenerator(c -> c.overdue() > 0 ? "overdue" : null);
        grid.addColumn(CheckInCounts::upcoming).setHeader(tr("checkin.tab.upcoming")).setSortProperty("upcoming")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(tr("checkin.tab.empty"));
        grid.setItemsPageable(pageable -> checkIns.countsPerMentee(cohortId, pageable),
                pageable -> checkIns.countMentees(cohortId));
        grid.setAriaLabel(tr("checkin.tab.name"));
        Grids.fillPage(grid);
        Grids.sortBy(grid, "menteeName");
        add(note, grid);
    }
}
