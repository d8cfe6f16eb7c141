package com.upward.base.ui;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.Uses;

import java.util.List;

/**
 * A combo box over a short fixed list (a filter's departments or locations), filtered in the browser: the list is
 * the web component's {@code items} property, so the server keeps no data controller for it (decision 018). Use
 * Flow's {@code ComboBox} for long or searched lists.
 */
@Tag("vaadin-combo-box")
@Uses(ComboBox.class)
public class LightComboBox<T> extends LightChoice<LightComboBox<T>, T> {

    public void setPlaceholder(String placeholder) {
        getElement().setProperty("placeholder", placeholder);
    }

    public void setClearButtonVisible(boolean visible) {
        getElement().setProperty("clearButtonVisible", visible);
    }

    @Override
    protected void showOptions(List<String> values, List<String> optionLabels) {
        getElement().setPropertyJson("items", items(values, optionLabels));
    }
}
