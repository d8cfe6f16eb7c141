package com.upward.base.i18n;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * A text by its bundle key and arguments, written in a language only when someone reads it: a service says what to
 * tell the person, the screen (or a log, in English) says it in the reader's language. Arguments are written as the
 * reader reads them: a {@link LocalDate} in their date format ({@code format.date}), another {@code Text} in the same
 * language, null as nothing, numbers by the pattern ({@code {0, number}}) and anything else as it is.
 */
public record Text(String key, Object... args) {

    /** Write the key as a literal here (or a literal prefix plus an enum's name): the bundle checks look for it. */
    public static Text of(String key, Object... args) {
        return new Text(key, args);
    }

    /** The text in the language of {@code locale} (English when Upward does not speak it). */
    public String in(Locale locale) {
        return Messages.shared().format(locale, key, arguments(locale));
    }

    /** The text in English: for logs and for code without a reader. */
    public String english() {
        return in(Messages.ENGLISH);
    }

    private Object[] arguments(Locale locale) {
        if (args == null) {
            return new Object[0];
        }
        return Arrays.stream(args).map(arg -> switch (arg) {
            case LocalDate date -> Messages.shared().dateFormat(locale).format(date);
            case Text text -> text.in(locale);
            case null -> "";
            default -> arg;
        }).toArray();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Text that && key.equals(that.key) && Arrays.deepEquals(args, that.args);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.deepHashCode(args);
    }

    @Override
    public String toString() {
        return key + Arrays.toString(args);
    }
}
