package com.upward.matching.ui;

import com.upward.base.ui.light.PagedTable;
import com.upward.base.ui.light.PagedTable.Column;
import com.upward.matching.internal.BoardRows.MenteeRow;
import com.upward.matching.internal.MatchingBoardService;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import java.util.List;
import java.util.function.Consumer;

/** Accepted mentees without a mentor; picking one shows their suggestions. */
class MenteesPane extends VerticalLayout {

    final PagedTable<MenteeRow> table;
    final TextField search = SearchFields.create("Search mentees", this::refresh);
    private long selected = -1;

    MenteesPane(MatchingBoardService board, long cohortId, Consumer<MenteeRow> onSelect) {
        setPadding(false);
        addClassName("board-column");
        table = new PagedTable<>("Mentees without a mentor", MenteeRow::enrollmentId,
                Column.text("name", "Mentee", MenteeRow::nameOnTheBoard),
                Column.text("department", "Department", MenteeRow::department),
                Column.number("jobLevel", "Level", MenteeRow::jobLevel));
        table.onOpen("name", "Show suggestions for", mentee -> {
            selected = mentee.enrollmentId();
            table.redraw();
            onSelect.accept(mentee);
        });
        table.setTone(m -> m.enrollmentId() == selected ? "selected" : "");
        table.setRowTitle(m -> m.lastDecline() != null ? "Last proposal did not start. " + m.lastDecline()
                : !m.answered() ? "Accepted without answers: no focus areas to match on"
                : m.focusAreas() == null ? null : "Wants to learn: " + m.focusAreas());
        table.setEmptyText("Every accepted mentee has a mentor. Accept more mentees on the cohort's "
                + "Participants tab, or look at the running pairs.");
        table.setItemsPageable(pageable -> board.unmatchedMentees(cohortId, search.getValue(), pageable),
                pageable -> board.countUnmatchedMentees(cohortId, search.getValue()));
        table.setPageSize(BoardPages.ROWS);
        table.sortBy("name", false);
        add(new H3("Mentees without a mentor"), search, table);
    }

    void refresh() {
        table.refresh();
    }
}
