package com.upward.matching.ui;

import com.upward.base.ui.light.PagedTable;
import com.upward.base.ui.light.PagedTable.Column;
import com.upward.matching.internal.BoardRows.MentorRow;
import com.upward.matching.internal.MatchingBoardService;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import java.util.List;

/** The cohort's mentors with their load against the cohort's capacity. */
class MentorsPane extends VerticalLayout {

    final PagedTable<MentorRow> table;
    final TextField search = SearchFields.create("Search mentors", this::refresh);

    MentorsPane(MatchingBoardService board, long cohortId) {
        setPadding(false);
        addClassName("board-column");
        table = new PagedTable<>("Mentors and their load", MentorRow::enrollmentId,
                Column.text("name", "Mentor", MentorRow::name),
                Column.text("department", "Department", MentorRow::department),
                Column.number("jobLevel", "Level", MentorRow::jobLevel),
                Column.number("load", "Load", MentorsPane::load).withClassName("mentor-load"));
        table.setTone(m -> m.full() ? "full" : "");
        table.setRowTitle(m -> m.skills() == null ? null : "Offers: " + m.skills());
        table.setEmptyText("No accepted mentors yet. Invite or accept mentors on the cohort's Participants tab.");
        table.setItemsPageable(pageable -> board.mentors(cohortId, search.getValue(), pageable),
                pageable -> board.countMentors(cohortId, search.getValue()));
        table.setPageSize(BoardPages.ROWS);
        table.sortBy("name", false);
        add(new H3("Mentors"), search, table);
    }

    void refresh() {
        table.refresh();
    }

    static String load(MentorRow mentor) {
        return mentor.load() + " of " + mentor.capacity()
                + (mentor.loadElsewhere() > 0 ? " (" + mentor.loadElsewhere() + " in another cohort)" : "")
                + (mentor.full() ? " · full" : "");
    }
}
