package com.upward.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The product mark, shared by the login page and the app shell. */
public final class Brand {

    private Brand() {
    }

    public static Component logo() {
        var icon = VaadinIcon.TRENDING_UP.create();
        icon.addClassName("brand-icon");
        var name = new Span("Upward");
        name.addClassName("brand-name");
        var logo = new Div(icon, name);
        logo.addClassName("brand");
        return logo;
    }
}
