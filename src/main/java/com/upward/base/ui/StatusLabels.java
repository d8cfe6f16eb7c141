package com.upward.base.ui;

import com.upward.base.i18n.Messages;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableFunction;

import java.util.Locale;

import static com.upward.base.ui.Translations.tr;

/**
 * One wording for enum values across the app: "NOT_STARTED" → "Not started" ({@code ui.status.NOT_STARTED} in the
 * reader's language), and the coloured status pill. A value the bundle does not name reads as its words.
 */
public final class StatusLabels {

    private StatusLabels() {
    }

    public static String of(Enum<?> value) {
        return value == null ? "" : of(value.name());
    }

    public static String of(String enumName) {
        if (Messages.shared().has("ui.status." + enumName)) {
            return tr("ui.status." + enumName);
        }
        String words = enumName.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A pill with the status text, coloured per status in upward.css. */
    public static Span badge(Enum<?> status) {
        var badge = new Span(of(status));
        badge.addClassNames("status-badge", cssClass(status));
        return badge;
    }

    /** The same pill as markup ({@link Markup}). */
    public static String badgeMarkup(Enum<?> status) {
        return badgeMarkup(status, of(status));
    }

    /** The pill coloured for {@code status}, with a view's own wording of it. */
    public static String badgeMarkup(Enum<?> status, String text) {
        return "<span class=\"status-badge " + cssClass(status) + "\">" + Markup.text(text) + "</span>";
    }

    /** The same pill in a grid column, drawn in the browser: no component per row of a lazy grid. */
    public static <T> LitRenderer<T> badgeRenderer(SerializableFunction<T, ? extends Enum<?>> status) {
        return LitRenderer.<T>of("<span class=\"status-badge ${item.badgeClass}\">${item.badgeText}</span>")
                .withProperty("badgeClass", row -> cssClass(status.apply(row)))
                .withProperty("badgeText", row -> of(status.apply(row)));
    }

    /** The pill's class for {@code status}, beside {@code status-badge}. */
    public static String cssClass(Enum<?> status) {
        return "status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
