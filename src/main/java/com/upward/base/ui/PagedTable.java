package com.upward.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableSupplier;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A long list shown a page at a time, drawn in the browser ({@code <upward-table>}): the session keeps the columns,
 * the sort, the page number and the row count, not the rows. Flow's {@code Grid} keeps a component per column with
 * six synchronised properties each, and the rows it has sent, in every session that shows it (decision 019). Rows
 * are read for the page shown, in the order of the column the user sorts by; a row can be opened by its id.
 */
@Tag("upward-table")
@JsModule("./components/upward-table.js")
@Uses(Button.class)
public class PagedTable<T> extends Component implements HasSize {

    /** A column: the key it sorts by (null if it does not sort), its header and the text of a row's cell. */
    public record Column<T>(String key, String header, SerializableFunction<T, ?> value, boolean numeric,
                            boolean sortable, String className) implements Serializable {

        public static <T> Column<T> text(String key, String header, SerializableFunction<T, ?> value) {
            return new Column<>(key, header, value, false, true, "");
        }

        public static <T> Column<T> number(String key, String header, SerializableFunction<T, ?> value) {
            return new Column<>(key, header, value, true, true, "");
        }

        public Column<T> unsorted() {
            return new Column<>(key, header, value, numeric, false, className);
        }

        /** A class name on the column's cells, for the styles. */
        public Column<T> withClassName(String name) {
            return new Column<>(key, header, value, numeric, sortable, name);
        }
    }

    /** A button on every row, such as "Nudge": what it says, its label for assistive technology, what it does. */
    public record RowAction<T>(String key, String label, boolean primary, SerializableFunction<T, String> ariaLabel,
                               SerializableConsumer<T> handler) implements Serializable {
    }

    /** Where the rows come from: a page of them in a column's order, and how many there are. */
    public interface Rows<T> extends Serializable {

        List<T> page(int offset, int limit, String sortKey, boolean descending);

        long count();

        static <T> Rows<T> of(PageReader<T> page, SerializableSupplier<Long> count) {
            return new Rows<>() {
                @Override
                public List<T> page(int offset, int limit, String sortKey, boolean descending) {
                    return page.read(offset, limit, sortKey, descending);
                }

                @Override
                public long count() {
                    return count.get();
                }
            };
        }
    }

    /** One page of rows, sorted by the column with this key. */
    @FunctionalInterface
    public interface PageReader<T> extends Serializable {
        List<T> read(int offset, int limit, String sortKey, boolean descending);
    }

    private final String label;
    private final List<Column<T>> columns;
    private final Rows<T> rows;
    private final SerializableFunction<T, Long> id;
    private String emptyText = "";
    private String openLabel = "Open";
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
    private boolean drawPending;

    @SafeVarargs
    public PagedTable(String label, Rows<T> rows, SerializableFunction<T, Long> id, Column<T>... columns) {
        this.label = label;
        this.rows = rows;
        this.id = id;
        this.columns = List.of(columns);
        addClassName("paged-table");
        getElement().addEventListener("table-action", e -> act(
                        e.getEventData().path("event.detail.action").asString(""),
                        e.getEventData().path("event.detail.value").asString("")))
                .addEventData("event.detail.action").addEventData("event.detail.value");
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
            total = rows.count();
        }
        return total;
    }

    /** The rows of the page shown now, read again. */
    public List<T> shownRows() {
        offset = Math.min(offset, lastPageOffset());
        return total() == 0 ? List.of() : rows.page(offset, pageSize, sortKey, descending);
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
            Toasts.error("The list changed since it was shown, so it has been read again. Try once more.");
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
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        draw(); // also after a resynchronisation, when the browser has lost what was drawn
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        super.onDetach(detachEvent);
        drawPending = false; // a draw asked for just before the detach is not run; the next attach draws
    }

    /** Draws once per round trip, however many changes asked for it, and only while attached. */
    private void draw() {
        if (drawPending || !isAttached()) {
            return;
        }
        drawPending = true;
        getUI().ifPresent(ui -> ui.beforeClientResponse(this, context -> {
            drawPending = false;
            getElement().executeJs("this.show($0)", page());
        }));
    }

    /** What the browser is sent for the page shown now: columns, sort, paging, and each row's cells and labels. */
    public ObjectNode page() {
        var json = JsonNodeFactory.instance.objectNode()
                .put("label", label).put("emptyText", emptyText).put("openLabel", openLabel)
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
