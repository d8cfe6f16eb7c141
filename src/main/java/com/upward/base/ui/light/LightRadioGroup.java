package com.upward.base.ui.light;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import tools.jackson.databind.node.ArrayNode;


/**
 * Radio buttons for a few fixed options: the buttons are made in the browser each time the group is shown, so the
 * server keeps one element for the group, not three components per option (decision 018).
 */
@Tag("vaadin-radio-group")
@Uses(RadioButtonGroup.class)
public class LightRadioGroup<T> extends LightChoice<LightRadioGroup<T>, T> {

    public LightRadioGroup(String label) {
        setLabel(label);
    }

    public void setHorizontal() {
        getElement().getThemeList().add(RadioGroupVariant.AURA_HORIZONTAL.getVariantName());
    }

    @Override
    protected void showOptions(ArrayNode options) {
        // the group reads its buttons from its light DOM; Flow manages no children here, so none are disturbed
        getElement().executeJs("""
                this.querySelectorAll(':scope > vaadin-radio-button').forEach(b => b.remove());
                $0.forEach(([value, label]) => {
                  const button = document.createElement('vaadin-radio-button');
                  button.value = value;
                  button.label = label;
                  button.checked = this.value === value;
                  this.appendChild(button);
                });""", options);
    }
}
