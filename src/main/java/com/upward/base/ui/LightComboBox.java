package com.upward.base.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.function.SerializableSupplier;

import java.util.List;

/**
 * A filter that picks one of a list of texts read from the database (departments, locations): the list is sent to
 * the browser each time the box is shown and filtered there, and the session keeps only the value. Flow's {@code
 * ComboBox} keeps a data communicator and its items in every session; as a property the list stays in the session
 * as JSON (decision 019). A value the browser sends that is not in the list reads as no choice.
 */
@Tag("vaadin-combo-box")
@Uses(ComboBox.class)
public class LightComboBox extends AbstractField<LightComboBox, String> implements HasLabel, HasSize, HasAriaLabel {

    private final SerializableSupplier<List<String>> options;

    public LightComboBox(String label, SerializableSupplier<List<String>> options) {
        super(null);
        this.options = options;
        setLabel(label);
        getElement().setProperty("clearButtonVisible", true);
        getElement().addPropertyChangeListener("value", "value-changed", e -> {
            if (e.isUserOriginated()) {
                String value = e.getValue() == null ? "" : e.getValue().toString();
                boolean known = !value.isEmpty() && options.get().contains(value);
                setModelValue(known ? value : null, true);
                if (!known) {
                    setPresentationValue(null);
                }
            }
        });
    }

    public void setPlaceholder(String placeholder) {
        getElement().setProperty("placeholder", placeholder);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs("this.items = $0", options.get());
    }

    @Override
    protected void setPresentationValue(String value) {
        getElement().setProperty("value", value == null ? "" : value);
    }
}
