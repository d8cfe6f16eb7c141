package com.upward.matching.ui;

import com.upward.base.ui.light.PagedTable;
import com.upward.base.ui.light.PagedTable.Column;
import com.upward.matching.internal.BoardRows.MenteeRow;
import com.upward.matching.internal.MatchingBoardService;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import java.util.function.Consumer;

import static com.upward.base.ui.Translations.tr;

/** Accepted mentees without a mentor; picking one shows their suggestions. */
class MenteesPane extends VerticalLayout {

    final PagedTable<MenteeRow> table;
    final TextField search = SearchFields.create(tr("matching.mentees.search"), this::refresh);
    private long selected = -1;

    MenteesPane(MatchingBoardService board, long cohortId, Consumer<MenteeRow> onSelect) {
        setPadding(false);
        addClassName("board-column");
        table = new PagedTable<>(tr("matching.mentees.title"), MenteeRow::enrollmentId,
                Column.text("name", tr("matching.column.mentee"), MenteeRow::nameOnTheBoard),
                Column.text("department", tr("matching.column.department"), MenteeRow::department),
                Column.number("jobLevel", tr("matching.column.level"), MenteeRow::jobLevel));
        table.onOpen("name", tr("matching.mentees.show-suggestions"), mentee -> {
            selected = mentee.enrollmentId();
            table.redraw();
            onSelect.accept(mentee);
        });
        table.setTone(m -> m.enrollmentId() == selected ? "selected" : "");
        table.setRowTitle(m -> m.lastDecline() != null ? tr("matching.mentees.last-decline", m.lastDecline())
                : !m.answered() ? tr("matching.mentees.no-answers")
                : m.focusAreas() == null ? null : tr("matching.profile.wants-to-learn", m.focusAreas()));
        table.setEmptyText(tr("matching.mentees.empty"));
        table.setItemsPageable(pageable -> board.unmatchedMentees(cohortId, search.getValue(), pageable),
                pageable -> board.countUnmatchedMentees(cohortId, search.getValue()));
        table.setPageSize(BoardPages.ROWS);
        table.sortBy("name", false);
        add(new H3(tr("matching.mentees.title")), search, table);
    }

    void refresh() {
        table.refresh();
    }
}
