package com.upward.base.ui;

import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.Tag;

/**
 * Text a person wrote, shown inside a line of the app's own text (a goal title before "· 40% · Not started"): a
 * {@code <bdi>}, so that the browser lays it out as an isolated run with its own direction. Right-to-left text, or a
 * direction control stored before {@code Texts} dropped them, then cannot reorder the app's text around it.
 */
@Tag("bdi")
public class UserText extends HtmlComponent implements HasText {

    public UserText(String text) {
        setText(text);
    }
}
