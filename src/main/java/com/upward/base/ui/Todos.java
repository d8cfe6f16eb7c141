package com.upward.base.ui;

import com.vaadin.flow.component.Component;

import java.util.List;

/**
 * A short "to do" list of links (open surveys, for instance), the same on every page that shows one. Read-only,
 * so one element of markup ({@link Markup}); the links are routed in the browser like a RouterLink.
 */
public final class Todos {

    /** One thing to do: what, and the link that does it. */
    public record Todo(String text, String href, String action) {
    }

    private Todos() {
    }

    /** The list under a heading, or nothing at all when there is nothing to do. */
    public static Component of(String heading, List<Todo> todos) {
        if (todos.isEmpty()) {
            return Markup.of("<div class=\"todos\" hidden></div>");
        }
        var html = new StringBuilder("<div class=\"todos\"><h3>").append(Markup.text(heading)).append("</h3>");
        for (Todo todo : todos) {
            html.append("<div class=\"todo\"><span>").append(Markup.text(todo.text())).append(" </span>")
                    .append(Markup.link(todo.href(), todo.action(), null, null)).append("</div>");
        }
        return Markup.of(html.append("</div>").toString());
    }
}
