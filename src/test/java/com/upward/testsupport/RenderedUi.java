package com.upward.testsupport;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.dom.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the server-side UI holds after a fuzzed input: the refusals it shows, and proof that user text stays text.
 * Vaadin sends text content and properties to the browser as text, never as markup; user text could only become
 * markup through an {@link Html} component, an {@code innerHTML} property or elements built from it, which
 * {@link #assertTextOnly(UI)} rules out for the whole tree (dialogs and notifications included).
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

    /** No markup can come from user text: no Html component, no innerHTML, no active element, no on* handler. */
    public static void assertTextOnly(UI ui) {
        List<String> offenders = new ArrayList<>();
        for (Component c : components(ui)) {
            if (c instanceof Html) {
                offenders.add("an Html component: " + c.getElement().getOuterHTML());
            }
            offences(c.getElement(), offenders);
        }
        assertThat(offenders).as("markup in the page").isEmpty();
    }

    private static void offences(Element element, List<String> offenders) {
        if (element.isTextNode()) {
            return; // a text node is text, whatever it says
        }
        String tag = element.getTag();
        if (element.hasProperty("innerHTML") || element.hasProperty("outerHTML")) {
            offenders.add("innerHTML/outerHTML set on <" + tag + ">");
        }
        if (ACTIVE_TAGS.contains(tag)) {
            offenders.add("<" + tag + "> element");
        }
        element.getAttributeNames().filter(a -> a.toLowerCase(Locale.ROOT).startsWith("on"))
                .forEach(a -> offenders.add("attribute " + a + " on <" + tag + ">"));
        element.getChildren().forEach(child -> offences(child, offenders));
    }

    /** Whether some element shows {@code text} as its text content or as a text property a component displays. */
    public static boolean showsAsText(UI ui, String text) {
        return components(ui).stream().map(Component::getElement).anyMatch(e ->
                e.getText().contains(text) || Stream.of("value", "label", "text", "header", "summary", "title")
                        .anyMatch(p -> text.equals(e.getProperty(p))));
    }
}
