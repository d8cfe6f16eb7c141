package com.upward.base;

/**
 * A request the rules refuse, with a message meant for the user (shown next to the field or in a notification).
 * {@code field} names the input it concerns, or is null when it concerns the whole request.
 */
public class BusinessRuleException extends RuntimeException {

    private final String field;

    public BusinessRuleException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String getField() {
        return field;
    }
}
