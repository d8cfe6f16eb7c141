package com.upward.base.i18n;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Our bundles as a {@link ResourceBundle} in one locale, for libraries that read texts from one: JasperReports
 * resolves {@code $R{key}} in a template with {@code getString(key)} on its {@code REPORT_RESOURCE_BUNDLE}. A text is
 * what {@link Messages#format} gives without arguments (ICU, so an apostrophe stays one); an unknown key is missing
 * here, so the caller's own missing-text rule applies.
 */
public final class MessagesResourceBundle extends ResourceBundle {

    private final Messages messages;
    private final Locale locale;

    public MessagesResourceBundle(Messages messages, Locale locale) {
        this.messages = messages;
        this.locale = locale == null ? Messages.ENGLISH : locale;
    }

    @Override
    protected Object handleGetObject(String key) {
        return messages.has(key) ? messages.format(locale, key) : null;
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(messages.keys());
    }

    @Override
    public Locale getLocale() {
        return locale;
    }
}
