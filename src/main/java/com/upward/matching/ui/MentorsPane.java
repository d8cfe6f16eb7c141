package com.upward.matching.ui;

import com.upward.base.ui.light.PagedTable;
import com.upward.base.ui.light.PagedTable.Column;
import com.upward.matching.internal.BoardRows.MentorRow;
import com.upward.matching.internal.MatchingBoardService;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import static com.upward.base.ui.Translations.tr;

/** The cohort's mentors with their load against the cohort's capacity. */
class MentorsPane extends VerticalLayout {

    final PagedTable<MentorRow> table;
    final TextField search = SearchFields.create(tr("matching.mentors.search"), this::refresh);

    MentorsPane(MatchingBoardService board, long cohortId) {
        setPadding(false);
        addClassName("board-column");
        table = new PagedTable<>(tr("matching.mentors.table"), MentorRow::enrollmentId,
                Column.text("name", tr("matching.column.mentor"), MentorRow::name),
                Column.text("department", tr("matching.column.department"), MentorRow::department),
                Column.number("jobLevel", tr("matching.column.level"), MentorRow::jobLevel),
                Column.number("load", tr("matching.mentors.column.load"), MentorsPane::load)
                        .withClassName("mentor-load"));
        table.setTone(m -> m.full() ? "full" : "");
        table.setRowTitle(m -> m.skills() == null ? null : tr("matching.mentors.offers", m.skills()));
        table.setEmptyText(tr("matching.mentors.empty"));
        table.setItemsPageable(pageable -> board.mentors(cohortId, search.getValue(), pageable),
                pageable -> board.countMentors(cohortId, search.getValue()));
        table.setPageSize(BoardPages.ROWS);
        table.sortBy("name", false);
        add(new H3(tr("matching.mentors.title")), search, table);
    }

    void refresh() {
        table.refresh();
    }

    static String load(MentorRow mentor) {
        String load = mentor.loadElsewhere() > 0
                ? tr("matching.mentors.load-elsewhere", mentor.load(), mentor.capacity(), mentor.loadElsewhere())
                : tr("matching.mentors.load", mentor.load(), mentor.capacity());
        return mentor.full() ? tr("matching.mentors.load-full", load) : load;
    }
}
