package com.upward.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A feature's addition to the navbar (the notification bell, for one), made fresh for every UI. The shell knows
 * only this interface, so it depends on no feature.
 */
public interface NavbarWidgets {

    Component create();

    /** Implemented by a navbar component that shows figures which may change from page to page. */
    interface RefreshOnNavigation {
        void refresh();
    }
}
