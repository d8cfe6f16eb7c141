package com.upward.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;

/** Reads a numeric id from the route; anything else is "no such record", shown by the view itself. */
public final class RouteIds {

    private RouteIds() {
    }

    public static Long parse(BeforeEnterEvent event, String parameter) {
        String value = event.getRouteParameters().get(parameter).orElse("");
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
