package com.upward.testsupport;

import com.upward.base.ui.LazyTabs;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.tabs.TabSheetTester;

/** The content of a tab built on first show ({@link LazyTabs}): select the tab first. */
public final class ShownTabs {

    private ShownTabs() {
    }

    @SuppressWarnings("unchecked")
    public static <T extends Component> T content(TabSheet tabs, String name) {
        LazyTabs.Lazy lazy = new TabSheetTester<>(tabs).getTabContent(name);
        return (T) lazy.content().orElseThrow(() -> new AssertionError("the tab " + name + " was not built"));
    }
}
