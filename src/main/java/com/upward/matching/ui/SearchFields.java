package com.upward.matching.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The name search above each board grid: filters as you type, after a short pause. */
final class SearchFields {

    private SearchFields() {
    }

    static TextField create(String label, Runnable onChange) {
        var search = new TextField();
        search.setPlaceholder(label);
        search.setAriaLabel(label);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidthFull();
        search.addValueChangeListener(e -> onChange.run());
        return search;
    }
}
