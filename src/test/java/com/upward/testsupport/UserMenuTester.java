package com.upward.testsupport;

import com.upward.shell.UserMenu;

/** Chooses an item of the shell's user menu the way the browser reports it: the light element's one event. */
public class UserMenuTester extends LightElementTester<UserMenu> {

    public UserMenuTester(UserMenu menu) {
        super(menu);
    }

    public void choose(String item) {
        act(UserMenu.CHOOSE, item);
    }
}
