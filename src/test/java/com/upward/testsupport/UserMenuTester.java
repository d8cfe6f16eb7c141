package com.upward.testsupport;

import com.upward.shell.UserMenu;
import com.vaadin.browserless.ComponentTester;
import com.vaadin.flow.internal.JacksonUtils;

/** Chooses an item of the shell's user menu the way the browser reports it: one event with the item's name. */
public class UserMenuTester extends ComponentTester<UserMenu> {

    public UserMenuTester(UserMenu menu) {
        super(menu);
    }

    public void choose(String item) {
        ensureComponentIsUsable();
        var data = JacksonUtils.createObjectNode();
        data.put(UserMenu.CHOSEN_ITEM, item);
        fireDomEvent(UserMenu.CHOSEN_EVENT, data);
    }
}
