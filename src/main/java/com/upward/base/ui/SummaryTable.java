package com.upward.base.ui;

import java.util.List;
import java.util.function.Function;

/**
 * A short read-only table on a dashboard (a few to a few dozen rows, in the order given), as one element of
 * markup ({@link Markup}). A Grid keeps a component per column with its listeners in every session that shows it;
 * for figures that are only read, a table shows the same and its rows are all in the page for the screen reader.
 */
public final class SummaryTable {

    /** A column: its header, the cell text of a row, and whether it holds numbers (aligned to the end). */
    public record Column<T>(String header, Function<T, ?> value, boolean numeric) {

        public static <T> Column<T> text(String header, Function<T, ?> value) {
            return new Column<>(header, value, false);
        }

        public static <T> Column<T> number(String header, Function<T, ?> value) {
            return new Column<>(header, value, true);
        }
    }

    private SummaryTable() {
    }

    /** The table as markup, labelled for assistive technology; {@code emptyText} when there are no rows. */
    @SafeVarargs
    public static <T> String markup(String label, String emptyText, List<T> rows, Column<T>... columns) {
        if (rows.isEmpty()) {
            return Tiles.emptyStateMarkup(emptyText);
        }
        var html = new StringBuilder("<div class=\"summary-table\"><table aria-label=\"")
                .append(Markup.text(label)).append("\"><thead><tr>");
        for (Column<T> column : columns) {
            html.append("<th scope=\"col\"").append(column.numeric() ? " class=\"num\"" : "").append('>')
                    .append(Markup.text(column.header())).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (T row : rows) {
            html.append("<tr>");
            for (Column<T> column : columns) {
                html.append("<td").append(column.numeric() ? " class=\"num\"" : "").append('>')
                        .append(Markup.text(column.value().apply(row))).append("</td>");
            }
            html.append("</tr>");
        }
        return html.append("</tbody></table></div>").toString();
    }
}
