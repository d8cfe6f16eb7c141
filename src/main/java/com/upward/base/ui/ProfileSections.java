package com.upward.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A feature's section on the profile page (the email settings, for one), made fresh for every page. The profile
 * knows only this interface, so it depends on no feature that adds to it.
 */
public interface ProfileSections {

    Component create();
}
