package com.upward.base.ui;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.select.Select;
import tools.jackson.databind.node.ArrayNode;

/** A drop-down of a few fixed options, drawn by the web component from its {@code items} (decision 018). */
@Tag("vaadin-select")
@Uses(Select.class)
public class LightSelect<T> extends LightChoice<LightSelect<T>, T> {

    @Override
    protected void showOptions(ArrayNode options) {
        getElement().executeJs("this.items = $0.map(([value, label]) => ({ value, label }))", options);
    }
}
