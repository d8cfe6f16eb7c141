package com.upward.program.ui;

import com.upward.base.BusinessRuleException;
import com.upward.base.ui.FieldErrors;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.Binder;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Field checks for the dialogs: Binder validators show messages beside the fields as people type, and a refusal
 * from the service lands beside the field it names. The dialogs read the field values and pass a record to the
 * service, so no bean is bound.
 */
final class Checks {

    private final Binder<Object> binder = new Binder<>();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    /** Starts the checks of a field the service knows by {@code name} (the field name of its refusals). */
    <V, F extends HasValue<?, V> & HasValidation> Binder.BindingBuilder<Object, V> field(String name, F field) {
        fields.put(name, field);
        return binder.forField(field);
    }

    <V> Binder.Binding<Object, V> bind(Binder.BindingBuilder<Object, V> builder) {
        return builder.bind(bean -> null, (bean, value) -> {
        });
    }

    boolean valid() {
        return binder.validate().isOk();
    }

    /** Runs a service call; a refusal is shown beside its field (or as a notification) and false returned. */
    boolean run(Runnable call) {
        try {
            call.run();
            return true;
        } catch (BusinessRuleException refusal) {
            FieldErrors.show(refusal, fields);
            return false;
        }
    }
}
