package com.upward.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** KPI tiles and empty states, styled in frontend/styles/upward.css. */
public final class Tiles {

    private Tiles() {
    }

    public static Component of(Component... tiles) {
        var row = new Div(tiles);
        row.addClassName("tiles");
        return row;
    }

    public static Component tile(Object value, String label) {
        var number = new Span(String.valueOf(value));
        number.addClassName("tile-value");
        var caption = new Span(label);
        caption.addClassName("tile-label");
        var tile = new Div(number, caption);
        tile.addClassNames("tile", "kpi");
        tile.getElement().setAttribute("role", "group");
        tile.getElement().setAttribute("aria-label", label + ": " + value);
        return tile;
    }

    public static Component emptyState(String whatToDoNext) {
        var empty = new Div(new Span(whatToDoNext));
        empty.addClassName("empty-state");
        return empty;
    }
}
