package com.upward.base.ui;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.select.Select;
import tools.jackson.databind.node.JsonNodeFactory;

import java.util.List;

/** A drop-down of a few fixed options whose list is the web component's {@code items} property (decision 018). */
@Tag("vaadin-select")
@Uses(Select.class)
public class LightSelect<T> extends LightChoice<LightSelect<T>, T> {

    @Override
    protected void showOptions(List<String> values, List<String> optionLabels) {
        var items = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < values.size(); i++) {
            items.addObject().put("label", optionLabels.get(i)).put("value", values.get(i));
        }
        getElement().setPropertyJson("items", items);
    }
}
