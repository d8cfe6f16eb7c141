package com.upward.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

import static com.upward.base.ui.Translations.tr;

/** The friendly body shared by the error pages ("not found", "access denied", server errors). */
public class ErrorPage extends Div {

    protected ErrorPage() {
        addClassName("error-page");
    }

    protected ErrorPage(VaadinIcon icon, String title, String explanation) {
        this();
        show(icon, title, explanation, homeLink());
    }

    protected final void show(VaadinIcon icon, String title, String explanation, Anchor next) {
        removeAll();
        var mark = icon.create();
        mark.addClassName("error-icon");
        add(mark, new H2(title), new Paragraph(explanation), next);
    }

    protected static Anchor homeLink() {
        return new Anchor("", tr("ui.error-page.home"));
    }
}
