package com.upward.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.function.SerializableSupplier;

import java.util.Optional;

/**
 * Tab contents built the first time their tab is shown. A TabSheet keeps every tab's components in the session,
 * shown or not; most visits look at one tab, so the others cost memory and queries for nothing (issue 10).
 */
public final class LazyTabs {

    private LazyTabs() {
    }

    /** A tab's content, built on first show; the placeholder stays as its container. */
    public static final class Lazy extends Div {

        private final SerializableSupplier<? extends Component> build;
        private Component content;

        public Lazy(SerializableSupplier<? extends Component> build) {
            this.build = build;
            setWidthFull();
        }

        void show() {
            if (content == null) {
                content = build.get();
                add(content);
            }
        }

        /** The content, once its tab has been shown. */
        public Optional<Component> content() {
            return Optional.ofNullable(content);
        }
    }

    /** Builds the selected tab's content now and whenever another tab is selected. */
    public static void buildOnSelect(TabSheet tabs) {
        tabs.addSelectedChangeListener(e -> showSelected(tabs));
        showSelected(tabs);
    }

    private static void showSelected(TabSheet tabs) {
        if (tabs.getSelectedTab() != null && tabs.getComponent(tabs.getSelectedTab()) instanceof Lazy lazy) {
            lazy.show();
        }
    }
}
