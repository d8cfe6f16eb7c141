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

    private Grids() {
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
