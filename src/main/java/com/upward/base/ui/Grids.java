package com.upward.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;

import java.util.List;

/** Small helpers every grid uses the same way. */
public final class Grids {

    /**
     * Rows a lazy grid reads at a time: about a screenful. The grid keeps the rows of the pages it has shown in the
     * session, so the default of 50 doubles what each signed-in user holds (docs/benchmarks.md, session memory).
     */
    public static final int PAGE_SIZE = 25;

    /** A list this short shows all its rows, with no box to scroll in ({@link #fitRows}). */
    public static final int ALL_ROWS_UP_TO = 60;

    private Grids() {
    }

    /**
     * The grid takes the window's height instead of a fixed box (issue 24: a table showed 8 of 13 rows in its box
     * while half the page below stayed empty): a long list scrolls in a box about as tall as the window
     * (frontend/styles/upward.css, {@code .page-table}).
     */
    public static void fillPage(Grid<?> grid) {
        grid.setHeight(null);
        grid.addClassName("page-table");
    }

    /** All {@code rows} in the page when there are few ({@link #ALL_ROWS_UP_TO}), else as {@link #fillPage}. */
    public static void fitRows(Grid<?> grid, long rows) {
        boolean all = rows <= ALL_ROWS_UP_TO;
        grid.setHeight(null);
        grid.setAllRowsVisible(all);
        grid.getClassNames().set("page-table", !all);
    }

    /** Starts the grid sorted ascending by the column with the given sort property. */
    public static <T> void sortBy(Grid<T> grid, String sortProperty) {
        grid.getColumns().stream()
                .filter(column -> column.getSortOrder(SortDirection.ASCENDING)
                        .anyMatch(order -> order.getSorted().equals(sortProperty)))
                .findFirst()
                .ifPresent(column -> grid.sort(List.of(new GridSortOrder<>(column, SortDirection.ASCENDING))));
    }
}
