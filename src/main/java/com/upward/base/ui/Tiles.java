package com.upward.base.ui;

import com.vaadin.flow.component.Component;

import java.util.List;

/**
 * KPI tiles and empty states, styled in frontend/styles/upward.css. Each row of tiles is one element of markup
 * ({@link Markup}): the figures are read-only, and a dashboard shows dozens of them to every signed-in user.
 */
public final class Tiles {

    /** One figure and what it counts. */
    public record Tile(Object value, String label) {
    }

    private Tiles() {
    }

    public static Component of(Tile... tiles) {
        return of(List.of(tiles));
    }

    public static Component of(List<Tile> tiles) {
        return Markup.of(markup(tiles));
    }

    /** A row of tiles inside a larger block of markup. */
    public static String markup(List<Tile> tiles) {
        var html = new StringBuilder("<div class=\"tiles\">");
        for (Tile tile : tiles) {
            String value = Markup.text(tile.value());
            String label = Markup.text(tile.label());
            html.append("<div class=\"tile kpi\" role=\"group\" aria-label=\"").append(label).append(": ")
                    .append(value).append("\"><span class=\"tile-value\">").append(value)
                    .append("</span><span class=\"tile-label\">").append(label).append("</span></div>");
        }
        return html.append("</div>").toString();
    }

    public static Tile tile(Object value, String label) {
        return new Tile(value, label);
    }

    public static Component emptyState(String whatToDoNext) {
        return Markup.of(emptyStateMarkup(whatToDoNext));
    }

    /** The empty state inside a larger block of markup. */
    public static String emptyStateMarkup(String whatToDoNext) {
        return "<div class=\"empty-state\"><span>" + Markup.text(whatToDoNext) + "</span></div>";
    }
}
