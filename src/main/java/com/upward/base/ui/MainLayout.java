package com.upward.base.ui;

import com.upward.security.CurrentUser;
import com.upward.security.UserPrincipal;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;

import java.util.List;

/** The app shell: brand and role-filtered menu in the drawer, page title and user menu in the navbar. */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();
    private final List<Component> widgets;

    MainLayout(CurrentUser currentUser, AuthenticationContext authenticationContext,
               ObjectProvider<NavbarWidgets> navbarWidgets) {
        setPrimarySection(Section.DRAWER);
        viewTitle.addClassName("view-title");

        var toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        var navbarStart = new Div(toggle, viewTitle);
        navbarStart.addClassName("navbar-start");
        widgets = navbarWidgets.orderedStream().map(NavbarWidgets::create).toList();
        var navbarEnd = new Div();
        navbarEnd.addClassName("navbar-end");
        widgets.forEach(navbarEnd::add);
        navbarEnd.add(userMenu(currentUser.require(), authenticationContext));
        addToNavbar(navbarStart, navbarEnd);

        var nav = new SideNav();
        nav.setLabel("Main menu");
        // MenuConfiguration lists only the routes the signed-in user may open.
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(navItem(entry)));
        addToDrawer(Brand.logo(), new Scroller(nav));
    }

    private static SideNavItem navItem(MenuEntry entry) {
        var item = new SideNavItem(entry.title(), entry.path());
        item.setMatchNested(true);
        if (entry.icon() != null) {
            item.setPrefixComponent(new Icon(entry.icon()));
        }
        return item;
    }

    private static Component userMenu(UserPrincipal user, AuthenticationContext authenticationContext) {
        var avatar = new Avatar(user.displayName());
        var name = new Span(user.displayName());
        name.addClassName("user-name");
        var role = new Span(RoleLabels.label(user.primaryRole()));
        role.addClassName("user-role");
        var who = new Div(name, role);
        who.addClassName("user-who");
        var trigger = new Div(avatar, who);
        trigger.addClassName("user-trigger");

        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.TERTIARY);
        menu.getElement().setAttribute("aria-label", "User menu");
        var root = menu.addItem(trigger);
        root.getSubMenu().addItem("My profile", e -> menu.getUI().ifPresent(ui -> ui.navigate("profile")));
        root.getSubMenu().addItem("Sign out", e -> authenticationContext.logout());
        return menu;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
        widgets.stream().filter(NavbarWidgets.RefreshOnNavigation.class::isInstance)
                .map(NavbarWidgets.RefreshOnNavigation.class::cast).forEach(NavbarWidgets.RefreshOnNavigation::refresh);
    }
}
