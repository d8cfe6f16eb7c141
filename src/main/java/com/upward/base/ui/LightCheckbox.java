package com.upward.base.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.checkbox.Checkbox;

/**
 * A checkbox as one element, its label the web component's own {@code label} property: Flow's {@code Checkbox}
 * keeps a label component and listeners for the indeterminate state in every session (decision 018).
 */
@Tag("vaadin-checkbox")
@Uses(Checkbox.class)
public class LightCheckbox extends AbstractSinglePropertyField<LightCheckbox, Boolean> implements HasAriaLabel {

    public LightCheckbox(String label, boolean checked) {
        super("checked", false, false);
        getElement().setProperty("label", label);
        setValue(checked);
    }

    public String getLabel() {
        return getElement().getProperty("label");
    }
}
