package com.upward.base.ui;

import com.upward.base.i18n.Messages;
import com.upward.base.i18n.Text;
import com.vaadin.flow.component.UI;

import java.util.Locale;

/** Texts for the screen in front of the person: their UI's language, else English. */
public final class Translations {

    private Translations() {
    }

    /** The text for {@code key} in the current UI's language, formatted with {@code params}. */
    public static String tr(String key, Object... params) {
        return Messages.shared().format(locale(), key, params);
    }

    /** A text a service gave (a refusal's message, a rule's words) in the current UI's language. */
    public static String tr(Text text) {
        return text.in(locale());
    }

    /** The current UI's locale (language, and the region its dates and numbers follow); English outside a UI. */
    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Messages.ENGLISH : ui.getLocale();
    }
}
