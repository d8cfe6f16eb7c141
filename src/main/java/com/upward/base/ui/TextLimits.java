package com.upward.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import static com.upward.base.ui.Translations.tr;

/**
 * A visible "n / limit" counter under a text input, next to its prompt; the browser stops typing at the limit. A
 * longer value that arrives anyway (pasted by a script, sent by another client) marks the field invalid with a
 * message instead of silently blocking the save.
 */
public final class TextLimits {

    private TextLimits() {
    }

    public static TextArea area(String label, String prompt, int limit) {
        var area = new TextArea(label);
        area.setPlaceholder(prompt);
        area.setWidthFull();
        limit(area, limit);
        return area;
    }

    public static void limit(TextArea area, int limit) {
        maxLength(area, limit);
        area.setValueChangeMode(ValueChangeMode.TIMEOUT);
        area.setValueChangeTimeout(300);
        area.addValueChangeListener(e -> area.setHelperText(count(e.getValue(), limit)));
        area.setHelperText(count(area.getValue(), limit));
    }

    public static void limit(TextField field, int limit) {
        maxLength(field, limit);
        field.setValueChangeMode(ValueChangeMode.TIMEOUT);
        field.setValueChangeTimeout(300);
        field.addValueChangeListener(e -> field.setHelperText(count(e.getValue(), limit)));
        field.setHelperText(count(field.getValue(), limit));
    }

    /** The limit and its message, without a counter. */
    public static void maxLength(TextArea area, int limit) {
        area.setMaxLength(limit);
        area.setI18n(new TextArea.TextAreaI18n().setMaxLengthErrorMessage(tooLong(limit)));
    }

    public static void maxLength(TextField field, int limit) {
        field.setMaxLength(limit);
        field.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage(tooLong(limit)));
    }

    /**
     * Marks each text field or area whose value is longer than its limit, with the message; true when there is one.
     * For forms without a Binder: the save stops here, as it does in a Binder's check.
     */
    public static boolean overLimit(Component... fields) {
        boolean over = false;
        for (Component field : fields) {
            int limit = field instanceof TextArea area ? area.getMaxLength()
                    : field instanceof TextField text ? text.getMaxLength() : 0;
            String value = field instanceof HasValue<?, ?> input && input.getValue() instanceof String s ? s : "";
            if (limit > 0 && value.length() > limit && field instanceof HasValidation validated) {
                validated.setErrorMessage(tooLong(limit));
                validated.setInvalid(true);
                over = true;
            }
        }
        return over;
    }

    public static String tooLong(int limit) {
        return tr("ui.text-limits.too-long", String.valueOf(limit)); // no digit grouping, as the counter
    }

    static String count(String value, int limit) {
        int n = value == null ? 0 : value.length(); // UTF-16 units, as the browser's maxlength and the service count
        return n + " / " + limit;
    }
}
