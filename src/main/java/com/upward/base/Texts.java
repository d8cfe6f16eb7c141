package com.upward.base;

/** The one rule for free text the people of Upward write: trimmed, blank means nothing, at most a limit. */
public final class Texts {

    /** Every long free-text field (goal, check-in, feedback, comment) holds at most this many characters. */
    public static final int LIMIT = 4000;

    private Texts() {
    }

    /** Trimmed text up to {@link #LIMIT} (UTF-16 units, as the browser counts); blank is null, or refused. */
    public static String checked(String value, String field, boolean required) {
        String text = value == null || value.isBlank() ? null : value.strip();
        if (text == null && required) {
            throw new BusinessRuleException(field, "This cannot be empty.");
        }
        if (text != null && text.length() > LIMIT) {
            throw new BusinessRuleException(field, "Keep it under " + LIMIT + " characters (now " + text.length()
                    + ").");
        }
        return text;
    }
}
