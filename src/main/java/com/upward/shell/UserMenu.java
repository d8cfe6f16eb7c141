package com.upward.shell;

import com.upward.base.ui.RoleLabels;
import com.upward.security.UserPrincipal;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The signed-in person in the navbar (avatar, name and role) with "My profile" and "Sign out". Drawn in the
 * browser by {@code frontend/components/upward-user-menu.js} from two properties, so the session holds one element
 * instead of a menu bar's dozen components; a chosen item comes back as one event.
 */
@Tag("upward-user-menu")
@JsModule("./components/upward-user-menu.js")
@Uses(MenuBar.class)
@Uses(Avatar.class)
public final class UserMenu extends Component {

    public static final String CHOSEN_EVENT = "user-menu-chosen";
    public static final String CHOSEN_ITEM = "event.detail.item";
    public static final String PROFILE = "profile";
    public static final String SIGN_OUT = "sign-out";

    UserMenu(UserPrincipal user, AuthenticationContext authenticationContext) {
        getElement().setProperty("name", user.displayName());
        getElement().setProperty("role", RoleLabels.label(user.primaryRole()));
        getElement().addEventListener(CHOSEN_EVENT, event -> {
            switch (event.getEventData().get(CHOSEN_ITEM).asString()) {
                case PROFILE -> getUI().ifPresent(ui -> ui.navigate("profile"));
                case SIGN_OUT -> authenticationContext.logout();
                default -> {
                    // an item this version does not know: nothing to do
                }
            }
        }).addEventData(CHOSEN_ITEM);
    }
}
