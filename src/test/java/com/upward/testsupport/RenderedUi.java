package com.upward.testsupport;

import com.upward.base.ui.light.DrawnMarkup;
import com.upward.base.ui.light.LightElement;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Html;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.dom.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the server-side UI holds after a fuzzed input: the refusals it shows, and proof that user text stays text.
 * Vaadin sends text content and properties to the browser as text, never as markup; user text could only become
 * markup through an {@link Html} component or an {@code innerHTML} property (the app's {@code Markup}, which
 * escapes every text). {@link #assertTextOnly(UI)} checks the whole tree, dialogs and notifications included, and
 * parses every piece of markup as a browser would, so an unescaped text shows up as an element or attribute. A light
 * element's data is text too (its Lit template binds it as text); {@link #text} and {@link #showsAsText} read it.
 */
public final class RenderedUi {

    private static final Set<String> ACTIVE_TAGS = Set.of("script", "iframe", "object", "embed", "img", "svg",
            "style", "link", "meta", "base", "form");

    private RenderedUi() {
    }

    /** Every component attached to the UI, depth first. */
    public static List<Component> components(UI ui) {
        List<Component> all = new ArrayList<>();
        collect(ui, all);
        return all;
    }

    private static void collect(Component component, List<Component> into) {
        into.add(component);
        component.getChildren().forEach(child -> collect(child, into));
    }

    /**
     * The refusals on screen: the messages of invalid fields and the text of open error notifications and confirm
     * dialogs. A field marked invalid without a message tells a person nothing, so it does not count.
     */
    public static List<String> refusals(UI ui) {
        List<String> shown = new ArrayList<>();
        for (Component c : components(ui)) {
            if (c instanceof HasValidation field && field.isInvalid() && c.isVisible()
                    && field.getErrorMessage() != null && !field.getErrorMessage().isBlank()) {
                shown.add(field.getErrorMessage());
            }
            if (c instanceof Notification n && n.isOpened() && n.getElement().getThemeList().contains("error")) {
                String text = Stream.of(n.getElement().getProperty("text"), n.getElement().getTextRecursively())
                        .filter(t -> t != null && !t.isBlank()).findFirst().orElse("");
                shown.add(text);
            }
            if (c instanceof ConfirmDialog d && d.isOpened()) {
                shown.add(d.getElement().getProperty("message", ""));
            }
        }
        return shown;
    }

    /** Closes the notifications, so that the next input's refusals are its own. */
    public static void closeNotifications(UI ui) {
        components(ui).stream().filter(Notification.class::isInstance).map(Notification.class::cast)
                .forEach(Notification::close);
    }

    /** No markup can come from user text: no active element and no on* handler, in elements or in markup. */
    public static void assertTextOnly(UI ui) {
        List<String> offenders = new ArrayList<>();
        for (Component c : components(ui)) {
            offences(c.getElement(), offenders);
        }
        assertThat(offenders).as("markup in the page").isEmpty();
    }

    private static void offences(Element element, List<String> offenders) {
        if (element.isTextNode()) {
            return; // a text node is text, whatever it says
        }
        offences(element.getTag(), element.getAttributeNames().toList(), offenders);
        if (element.hasProperty("outerHTML")) {
            offenders.add("outerHTML set on <" + element.getTag() + ">");
        }
        markup(element).ifPresent(html -> Jsoup.parseBodyFragment(html).body().getAllElements().stream().skip(1)
                .forEach(e -> offences(e.tagName(), e.attributes().asList().stream().map(Attribute::getKey).toList(),
                        offenders)));
        element.getChildren().forEach(child -> offences(child, offenders));
    }

    private static void offences(String tag, List<String> attributes, List<String> offenders) {
        if (ACTIVE_TAGS.contains(tag)) {
            offenders.add("<" + tag + "> element");
        }
        attributes.stream().filter(a -> a.toLowerCase(Locale.ROOT).startsWith("on"))
                .forEach(a -> offenders.add("attribute " + a + " on <" + tag + ">"));
    }

    /**
     * The elements matching a CSS selector in the markup under {@code scope} (the app's {@code Markup} parts, as the
     * browser would build them), in page order.
     */
    public static Elements select(Component scope, String cssQuery) {
        var found = new Elements();
        List<Component> all = new ArrayList<>();
        collect(scope, all);
        for (Component c : all) {
            markup(c.getElement()).ifPresent(html -> {
                var root = new org.jsoup.nodes.Element(c.getElement().getTag());
                c.getElement().getAttributeNames().forEach(a -> root.attr(a, c.getElement().getAttribute(a)));
                root.html(html);
                found.addAll(root.select(cssQuery));
            });
        }
        return found;
    }

    /**
     * The text of a component as a person reads it, like {@link Element#getTextRecursively()} but with the text of
     * its markup parts too.
     */
    public static String text(HasElement scope) {
        var text = new StringBuilder();
        appendText(scope.getElement(), text);
        return text.toString();
    }

    private static void appendText(Element element, StringBuilder text) {
        if (element.isTextNode()) {
            text.append(element.getText());
            return;
        }
        markup(element).ifPresent(html -> Jsoup.parseBodyFragment(html).body().traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                text.append(t.getWholeText());
            }
        }));
        text.append(lightText(element));
        element.getChildren().forEach(child -> appendText(child, text));
    }

    /** The texts a light element is sent to show, one per line; empty for any other element. */
    private static String lightText(Element element) {
        var text = new StringBuilder();
        element.getComponent().filter(c -> c instanceof LightElement && !(c instanceof DrawnMarkup))
                .map(c -> ((LightElement) c).data())
                .ifPresent(data -> data.forEachEntry(new java.util.function.BiConsumer<>() {
                    @Override
                    public void accept(String key, tools.jackson.databind.JsonNode value) {
                        if (value.isString()) {
                            text.append(value.asString()).append('\n');
                        }
                        if (value.isArray()) {
                            value.forEach(child -> accept(key, child));
                        } else if (value.isObject()) {
                            value.forEachEntry(this);
                        }
                    }
                }));
        return text.toString();
    }

    /** The markup an element's content comes from, if any: its innerHTML, or what a DrawnMarkup draws. */
    private static Optional<String> markup(Element element) {
        Optional<String> drawn = element.getComponent().filter(DrawnMarkup.class::isInstance)
                .map(c -> ((DrawnMarkup) c).markup());
        if (drawn.isPresent()) {
            return drawn;
        }
        return element.hasProperty("innerHTML") ? Optional.of(element.getProperty("innerHTML", "")) : Optional.empty();
    }

    /** Whether some element shows {@code text} as its text content or as a text property a component displays. */
    public static boolean showsAsText(UI ui, String text) {
        return components(ui).stream().map(Component::getElement).anyMatch(e ->
                e.getText().contains(text) || Stream.of("value", "label", "text", "header", "summary", "title")
                        .anyMatch(p -> text.equals(e.getProperty(p)))
                        || markup(e).map(html -> Jsoup.parseBodyFragment(html).body().wholeText().contains(text)).orElse(false)
                        || lightText(e).contains(text));
    }
}
