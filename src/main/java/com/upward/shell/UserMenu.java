package com.upward.shell;

import com.upward.base.ui.RoleLabels;
import com.upward.base.ui.light.LightElement;
import com.upward.security.UserPrincipal;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.spring.security.AuthenticationContext;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static com.upward.base.ui.Translations.tr;

/**
 * The signed-in person in the navbar (avatar, name and role) with "My profile" and "Sign out". A light element
 * ({@code frontend/components/upward-user-menu.js}), so the session holds one element instead of a menu bar's dozen
 * components; a chosen item comes back as the action {@value #CHOOSE} with the item as its value. The menu's own words
 * are sent along in the reader's language ({@code label}, {@code profile}, {@code signOut}).
 */
@Tag("upward-user-menu")
@JsModule("./components/upward-user-menu.js")
@Uses(MenuBar.class)
@Uses(Avatar.class)
public final class UserMenu extends LightElement {

    public static final String CHOOSE = "choose";
    public static final String PROFILE = "profile";
    public static final String SIGN_OUT = "sign-out";

    private final String name;
    private final String role;
    private final AuthenticationContext authenticationContext;

    UserMenu(UserPrincipal user, AuthenticationContext authenticationContext) {
        this.name = user.displayName();
        this.role = RoleLabels.label(user.primaryRole());
        this.authenticationContext = authenticationContext;
    }

    @Override
    public ObjectNode data() {
        return JsonNodeFactory.instance.objectNode().put("name", name).put("role", role)
                .put("label", tr("shell.user-menu.label"))
                .put("profile", tr("shell.user-menu.profile"))
                .put("signOut", tr("shell.user-menu.sign-out"));
    }

    @Override
    protected void onAction(String action, String item) {
        if (!CHOOSE.equals(action)) {
            return;
        }
        switch (item) {
            case PROFILE -> getUI().ifPresent(ui -> ui.navigate("profile"));
            case SIGN_OUT -> authenticationContext.logout();
            default -> {
                // an item this version does not know: nothing to do
            }
        }
    }
}
