package com.upward.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The friendly body shared by the "not found" and "access denied" pages. */
class ErrorPage extends Div {

    ErrorPage(VaadinIcon icon, String title, String explanation) {
        addClassName("error-page");
        var mark = icon.create();
        mark.addClassName("error-icon");
        add(mark, new H2(title), new Paragraph(explanation), new Anchor("", "Go to your home page"));
    }
}
