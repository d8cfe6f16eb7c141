package com.upward.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import org.springframework.security.access.AccessDeniedException;

import java.util.function.LongFunction;

/**
 * Reads a numeric id from the route or its query; anything else is "no such record", shown by the view itself. Opens
 * an address with a query.
 */
public final class RouteIds {

    private RouteIds() {
    }

    /**
     * The record the route's id names, or null when the id is not a number, the record does not exist, or the
     * service refuses it: a person who types someone else's id learns nothing, not even that it exists.
     */
    public static <T> T load(BeforeEnterEvent event, String parameter, LongFunction<T> service) {
        Long id = parse(event, parameter);
        try {
            return id == null ? null : service.apply(id);
        } catch (AccessDeniedException refused) {
            return null;
        }
    }

    public static Long parse(BeforeEnterEvent event, String parameter) {
        return number(event.getRouteParameters().get(parameter).orElse(""));
    }

    /** A numeric id from the address's query ({@code ?pair=12}), or null. */
    public static Long query(BeforeEnterEvent event, String parameter) {
        return number(event.getLocation().getQueryParameters().getSingleParameter(parameter).orElse(""));
    }

    /** Opens an address that may carry a query ("cohorts/open?application=3"): {@code UI.navigate} takes a path. */
    public static void navigate(UI ui, String address) {
        var location = new Location(address);
        ui.navigate(location.getPath(), location.getQueryParameters());
    }

    private static Long number(String value) {
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
