package com.upward.base;

import java.util.regex.Pattern;

/** The one rule for free text the people of Upward write: trimmed, blank means nothing, at most a limit. */
public final class Texts {

    /** Every long free-text field (goal, check-in, feedback, comment) holds at most this many characters. */
    public static final int LIMIT = 4000;

    /**
     * Control characters other than tab and line feed (NUL, escape, bell, C1 controls…) and halves of a surrogate
     * pair without their other half: invisible, never meant, and they break exports, logs and terminals. Also the
     * bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they reorder whatever is
     * shown after them, the app's own text included. The marks LRM, RLM and ALM stay: right-to-left writers use them
     * to place punctuation, and they reorder nothing beyond the neutral characters next to them.
     */
    private static final Pattern INVISIBLE =
            Pattern.compile("[\\p{Cc}&&[^\\t\\n]]|\\p{Cs}|[\\u202A-\\u202E\\u2066-\\u2069]");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\r\\n?");
    private static final Pattern TABS_AND_BREAKS = Pattern.compile("[\\t\\n]");

    private Texts() {
    }

    /** Trimmed text up to {@link #LIMIT} (UTF-16 units, as the browser counts); blank is null, or refused. */
    public static String checked(String value, String field, boolean required) {
        String cleaned = clean(value);
        String text = cleaned == null || cleaned.isBlank() ? null : cleaned;
        if (text == null && required) {
            throw new BusinessRuleException(field, "base.rule.required");
        }
        if (text != null && text.length() > LIMIT) {
            throw new BusinessRuleException(field, "base.rule.too-long", LIMIT, text.length());
        }
        return text;
    }

    /** Like {@link #checked}, for one-line text (a title): see {@link #line}. */
    public static String checkedLine(String value, String field, boolean required) {
        return checked(line(value), field, required);
    }

    /**
     * Multi-line text as it is kept: line breaks as LF, without invisible control characters and bidirectional
     * controls, trimmed. Null stays null.
     */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        return INVISIBLE.matcher(LINE_BREAKS.matcher(value).replaceAll("\n")).replaceAll("").strip();
    }

    /** Null for null, empty or blank text: an optional filter or field that was left empty. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** At most {@code max} characters: longer text ends in "…" (never in half a surrogate pair). */
    public static String abbreviate(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /** One-line text (a name, a title, an address) as it is kept: like {@link #clean}, tabs and breaks as spaces. */
    public static String line(String value) {
        String cleaned = clean(value);
        return cleaned == null ? null : TABS_AND_BREAKS.matcher(cleaned).replaceAll(" ");
    }
}
