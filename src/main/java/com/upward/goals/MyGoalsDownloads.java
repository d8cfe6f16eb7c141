package com.upward.goals;

import com.vaadin.flow.component.Component;

/**
 * A download offered in the toolbar of My goals (the personal growth report, for one), made fresh for every page.
 * Features above goals contribute it, so My goals depends on none of them.
 */
public interface MyGoalsDownloads {

    Component create();
}
