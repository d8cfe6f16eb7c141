package com.upward.base.ui;

import com.vaadin.flow.component.Html;
import org.springframework.web.util.HtmlUtils;

/**
 * Read-only parts of a page as one element of server-rendered HTML. Vaadin keeps a state node of about 1.5 KB per
 * element in every signed-in user's session, so a block of a dozen elements that never changes on its own is
 * cheaper as one (issue 10, decision 017). Every text that is not a constant goes through {@link #text}.
 */
public final class Markup {

    private Markup() {
    }

    /** The text, with {@code < > & " '} escaped for use in element content and attribute values. */
    public static String text(Object text) {
        return HtmlUtils.htmlEscape(String.valueOf(text), "UTF-8");
    }

    /**
     * A link to a route of the app, routed in the browser without a page load (as a RouterLink is). {@code
     * classNames} and {@code ariaLabel} may be null.
     */
    public static String link(String route, String text, String classNames, String ariaLabel) {
        return "<a href=\"" + text(route) + "\" router-link"
                + (classNames == null ? "" : " class=\"" + text(classNames) + "\"")
                + (ariaLabel == null ? "" : " aria-label=\"" + text(ariaLabel) + "\"") + ">" + text(text) + "</a>";
    }

    /** One element: {@code html} must have a single root element. */
    public static Html of(String html) {
        return new Html(html);
    }
}
