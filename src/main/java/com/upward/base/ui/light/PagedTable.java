package com.upward.base.ui.light;

import com.upward.base.ui.Grids;
import com.upward.base.ui.Toasts;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.springframework.data.domain.Pageable;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

import static com.upward.base.ui.Translations.tr;

/**
 * A long list shown a page at a time, drawn in the browser ({@code <upward-table>}, a light element): the session
 * keeps the columns, the sort, the page number and the row count, not the rows. Flow's {@code Grid} keeps a
 * component per column with six synchronised properties each, and the rows it has sent, in every session that shows
 * it (decisions 019 and 022). Rows come as they do for a lazy {@code Grid}: {@link #setItemsPageable} with a Spring
 * {@link Pageable}, or {@link #setItems} with Flow's {@link Query} callbacks; the sort is the clicked column's
 * {@link QuerySortOrder}s. A row can be opened or acted on by its id.
 */
@Tag("upward-table")
@JsModule("./components/upward-table.js")
@Uses(Button.class)
public class PagedTable<T> extends LightElement implements HasSize {

    /**
     * A column: the key it is known by, its header, the text of a row's cell, and the properties it sorts by (none if
     * it does not sort; its key unless told otherwise), as a Grid column's sort properties.
     */
    public record Column<T>(String key, String header, SerializableFunction<T, ?> value, boolean numeric,
                            List<String> sortProperties, String className) implements Serializable {

        public static <T> Column<T> text(String key, String header, SerializableFunction<T, ?> value) {
            return new Column<>(key, header, value, false, List.of(key), "");
        }

        public static <T> Column<T> number(String key, String header, SerializableFunction<T, ?> value) {
            return new Column<>(key, header, value, true, List.of(key), "");
        }

        public boolean sortable() {
            return !sortProperties.isEmpty();
        }

        public Column<T> unsorted() {
            return new Column<>(key, header, value, numeric, List.of(), className);
        }

        /** Sorts by these properties, in this order (a name column by last and first name). */
        public Column<T> sortingBy(String... properties) {
            return new Column<>(key, header, value, numeric, List.of(properties), className);
        }

        /** A class name on the column's cells, for the styles. */
        public Column<T> withClassName(String name) {
            return new Column<>(key, header, value, numeric, sortProperties, name);
        }
    }

    /** A button on every row, such as "Nudge": what it says, its label for assistive technology, what it does. */
    public record RowAction<T>(String key, String label, boolean primary, SerializableFunction<T, String> ariaLabel,
                               SerializableConsumer<T> handler) implements Serializable {
    }

    private final String label;
    private final List<Column<T>> columns;
    private CallbackDataProvider.FetchCallback<T, Void> fetch = query -> java.util.stream.Stream.empty();
    private CallbackDataProvider.CountCallback<T, Void> count = query -> 0;
    private final SerializableFunction<T, Long> id;
    private String emptyText = "";
    /** The open button's words; null for "Open" in the reader's language. */
    private String openLabel;
    private int openColumn = -1;
    private SerializableConsumer<T> onOpen = row -> { };
    private SerializableFunction<T, String> tone = row -> "";
    private SerializableFunction<T, String> title = row -> null;
    private final List<RowAction<T>> actions = new ArrayList<>();
    private String sortKey;
    private boolean descending;
    private int offset;
    private int pageSize = Grids.PAGE_SIZE;
    private long total = -1;

    @SafeVarargs
    public PagedTable(String label, SerializableFunction<T, Long> id, Column<T>... columns) {
        this.label = label;
        this.id = id;
        this.columns = List.of(columns);
        addClassName("paged-table");
    }

    /** Where the rows come from, as for a lazy Grid: a page of them for a {@link Query}, and how many there are. */
    public void setItems(CallbackDataProvider.FetchCallback<T, Void> fetch,
                         CallbackDataProvider.CountCallback<T, Void> count) {
        this.fetch = fetch;
        this.count = count;
        refresh();
    }

    /** As {@code Grid.setItemsPageable}: the page, its size and the sort as a Spring {@link Pageable}. */
    public void setItemsPageable(Grid.SpringData.FetchCallback<Pageable, T> fetch,
                                 Grid.SpringData.CountCallback<Pageable> count) {
        setItems(query -> fetch.fetch(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> Math.toIntExact(count.count(VaadinSpringDataHelpers.toSpringPageRequest(query))));
    }

    /** Rows open when clicked, or from the column's button with the keyboard ("Edit Zoë Ødegård"). */
    public void onOpen(String columnKey, String buttonLabel, SerializableConsumer<T> onOpen) {
        this.openColumn = columnIndex(columnKey);
        this.openLabel = buttonLabel;
        this.onOpen = onOpen;
    }

    /** Adds a button to every row, in an "Actions" column at the end; its handler gets the row. */
    public void addRowAction(RowAction<T> action) {
        actions.add(action);
    }

    /** A class name for a row that must stand out (the styles say how), or "" for none. */
    public void setTone(SerializableFunction<T, String> tone) {
        this.tone = tone;
    }

    /** Rows on a page: {@link Grids#PAGE_SIZE} unless the table shares the screen with others. */
    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
        offset = 0;
        draw();
    }

    public int pageSize() {
        return pageSize;
    }

    /** A row's tooltip (null for none). */
    public void setRowTitle(SerializableFunction<T, String> title) {
        this.title = title;
    }

    public void setEmptyText(String emptyText) {
        this.emptyText = emptyText;
    }

    public void sortBy(String columnKey, boolean descending) {
        columnIndex(columnKey);
        this.sortKey = columnKey;
        this.descending = descending;
        this.offset = 0;
        draw();
    }

    /** The rows are counted again and the first page shown: after the filter changed. */
    public void refresh() {
        total = -1;
        offset = 0;
        draw();
    }

    /** The rows are counted again and the page stays, or the last one if it is gone: after a row was changed. */
    public void reload() {
        total = -1;
        draw();
    }

    /** Draws the page again as it is now (a row's tone changed), without counting again. */
    public void redraw() {
        draw();
    }

    public long total() {
        if (total < 0) {
            total = count.count(query(0, Integer.MAX_VALUE));
        }
        return total;
    }

    /** The rows of the page shown now, read again. */
    public List<T> shownRows() {
        offset = Math.min(offset, lastPageOffset());
        return total() == 0 ? List.of() : fetch.fetch(query(offset, pageSize)).toList();
    }

    /** A query for rows in the order of the sorted column, as a Grid makes them. */
    private Query<T, Void> query(int from, int limit) {
        var direction = descending ? SortDirection.DESCENDING : SortDirection.ASCENDING;
        List<QuerySortOrder> sort = columns.stream().filter(c -> c.key().equals(sortKey)).findFirst()
                .map(c -> c.sortProperties().stream().map(p -> new QuerySortOrder(p, direction)).toList())
                .orElse(List.of());
        return new Query<>(from, limit, sort, null, null);
    }

    public int pageNumber() {
        return offset / pageSize;
    }

    public String sortKey() {
        return sortKey;
    }

    public boolean isDescending() {
        return descending;
    }

    @Override
    protected void onAction(String action, String value) {
        act(action, value);
    }

    /**
     * What the browser asks for: a row to open or act on, a column to sort by, or a page; anything else is ignored.
     * Only a row of the page shown can be opened or acted on.
     */
    void act(String action, String value) {
        switch (action) {
            case "open" -> shownRow(value).ifPresent(onOpen);
            case "sort" -> columns.stream().filter(c -> c.sortable() && c.key().equals(value)).findFirst()
                    .ifPresent(c -> sortBy(c.key(), c.key().equals(sortKey) && !descending));
            case "page" -> parseLong(value).ifPresent(page -> {
                offset = (int) Math.clamp(page * pageSize, 0L, lastPageOffset());
                draw();
            });
            default -> actions.stream().filter(a -> action.equals("row:" + a.key())).findFirst()
                    .ifPresent(a -> shownRow(value).ifPresent(a.handler()));
        }
    }

    /** The row of the page shown with this id; if the list changed under it, the page is read and drawn again. */
    private Optional<T> shownRow(String rowId) {
        var parsed = parseLong(rowId);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        var row = shownRows().stream().filter(r -> id.apply(r) == parsed.getAsLong()).findFirst();
        if (row.isEmpty()) {
            Toasts.error(tr("ui.table.changed"));
            reload();
        }
        return row;
    }

    private static OptionalLong parseLong(String value) {
        try {
            return OptionalLong.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private int lastPageOffset() {
        return (int) Math.max(0, (total() - 1) / pageSize * pageSize);
    }

    private int columnIndex(String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException("No column " + key);
    }

    @Override
    public ObjectNode data() {
        return page();
    }

    /**
     * The table's own words in the reader's language, for the browser to show instead of its English defaults: the
     * actions column, the pager's buttons, and where the page is in the list.
     */
    private ObjectNode texts(int shownRows) {
        long last = Math.max(0, (total() - 1) / pageSize);
        return JsonNodeFactory.instance.objectNode()
                .put("actions", tr("ui.table.actions"))
                .put("firstPage", tr("ui.table.first-page"))
                .put("previousPage", tr("ui.table.previous-page"))
                .put("nextPage", tr("ui.table.next-page"))
                .put("lastPage", tr("ui.table.last-page"))
                .put("pages", tr("ui.table.pages-of", label))
                .put("range", tr("ui.table.range", offset + 1, offset + shownRows, total()))
                .put("page", tr("ui.table.page", pageNumber() + 1, last + 1));
    }

    /** What the browser is sent for the page shown now: columns, sort, paging, and each row's cells and labels. */
    public ObjectNode page() {
        var json = JsonNodeFactory.instance.objectNode()
                .put("label", label).put("emptyText", emptyText)
                .put("openLabel", openLabel == null ? tr("ui.table.open") : openLabel)
                .put("openColumn", openColumn).put("sortKey", sortKey).put("descending", descending)
                .put("offset", offset).put("pageSize", pageSize);
        var header = json.putArray("columns");
        columns.forEach(c -> header.addObject().put("key", c.key()).put("header", c.header())
                .put("numeric", c.numeric()).put("sortable", c.sortable()).put("className", c.className()));
        var buttons = json.putArray("actions");
        actions.forEach(a -> buttons.addObject().put("key", a.key()).put("label", a.label())
                .put("primary", a.primary()));
        List<T> shown = shownRows();
        json.put("total", total());
        json.set("texts", texts(shown.size()));
        var body = json.putArray("rows");
        for (T row : shown) {
            var shownRow = body.addObject().put("id", id.apply(row)).put("tone", tone.apply(row))
                    .put("title", title.apply(row));
            var cells = shownRow.putArray("cells");
            columns.forEach(c -> cells.add(Objects.toString(c.value().apply(row), "")));
            var actionLabels = shownRow.putArray("actionLabels");
            actions.forEach(a -> actionLabels.add(a.ariaLabel().apply(row)));
        }
        return json;
    }
}
