package com.upward.testsupport;

import com.upward.base.ui.light.PagedTable;

import java.util.ArrayList;
import java.util.List;

/** Clicks in a {@link PagedTable} as the browser reports them: open a row, sort by a column, go to a page. */
public class PagedTableTester<T> extends LightElementTester<PagedTable<T>> {

    private final PagedTable<T> table;

    public PagedTableTester(PagedTable<T> table) {
        super(table);
        this.table = table;
    }

    public void clickHeader(String columnKey) {
        act("sort", columnKey);
    }

    public void goToPage(long page) {
        act("page", String.valueOf(page));
    }

    public void open(long rowId) {
        act("open", String.valueOf(rowId));
    }

    public List<T> shownRows() {
        return table.shownRows();
    }

    /** Every row, a page at a time as the pager shows them; the table is left on the first page. */
    public List<T> allRows() {
        List<T> rows = new ArrayList<>();
        long pages = (table.total() + table.pageSize() - 1) / table.pageSize();
        for (long page = 0; page < pages; page++) {
            goToPage(page);
            rows.addAll(table.shownRows());
        }
        goToPage(0);
        return rows;
    }
}
