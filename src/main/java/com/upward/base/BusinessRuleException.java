package com.upward.base;

import com.upward.base.i18n.Messages;
import com.upward.base.i18n.Text;

import java.util.Locale;

/**
 * A request the rules refuse, with a message meant for the user (shown next to the field or in a notification).
 * {@code field} names the input it concerns, or is null when it concerns the whole request. The message is a
 * {@link Text}, a key of the owning feature's bundle with its arguments: the screen shows it in the reader's language
 * ({@link #message(Locale)}), {@link #getMessage()} in English for logs.
 */
public class BusinessRuleException extends RuntimeException {

    private final String field;
    private final Text text;

    /**
     * @param key  the message's key, written as a literal here so that the bundle checks find it
     * @param args its arguments, as {@link Text} writes them (dates in the reader's format, numbers by the pattern)
     */
    public BusinessRuleException(String field, String key, Object... args) {
        this(field, Text.of(key, args));
    }

    public BusinessRuleException(String field, Text text) {
        super(text.key());
        this.field = field;
        this.text = text;
    }

    public String getField() {
        return field;
    }

    /** The message as a key and arguments: what the screen writes in its reader's language. */
    public Text text() {
        return text;
    }

    /** The message in the language of {@code locale}. */
    public String message(Locale locale) {
        return text.in(locale);
    }

    /** The message in English. */
    @Override
    public String getMessage() {
        return text.in(Messages.ENGLISH);
    }
}
