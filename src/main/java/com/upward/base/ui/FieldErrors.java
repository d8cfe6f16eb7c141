package com.upward.base.ui;

import com.upward.base.BusinessRuleException;
import com.vaadin.flow.component.HasValidation;

import java.util.Map;

import static com.upward.base.ui.Translations.tr;

/**
 * Shows a service's refusal next to the field it concerns, or as a notification when it concerns no field, in the
 * reader's language.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static void show(BusinessRuleException refusal, Map<String, ? extends HasValidation> fieldsByName) {
        HasValidation field = refusal.getField() == null ? null : fieldsByName.get(refusal.getField());
        if (field != null) {
            field.setErrorMessage(tr(refusal.text()));
            field.setInvalid(true);
        } else {
            Toasts.error(tr(refusal.text()));
        }
    }
}
