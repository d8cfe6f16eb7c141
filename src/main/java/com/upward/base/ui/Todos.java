package com.upward.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

import java.util.List;

/** A short "to do" list of links (open surveys, for instance), the same on every page that shows one. */
public final class Todos {

    /** One thing to do: what, and the link that does it. */
    public record Todo(String text, String href, String action) {
    }

    private Todos() {
    }

    /** The list under a heading, or nothing at all when there is nothing to do. */
    public static Component of(String heading, List<Todo> todos) {
        var box = new Div();
        box.addClassName("todos");
        if (todos.isEmpty()) {
            box.setVisible(false);
            return box;
        }
        box.add(new H3(heading));
        for (Todo todo : todos) {
            var text = new Span(todo.text() + " ");
            var link = new Anchor(todo.href(), todo.action());
            var line = new Div(text, link);
            line.addClassName("todo");
            box.add(line);
        }
        return box;
    }
}
