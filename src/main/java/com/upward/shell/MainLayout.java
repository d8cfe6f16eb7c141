package com.upward.shell;

import com.upward.base.ui.Brand;
import com.upward.base.ui.Markup;
import com.upward.base.ui.NavbarWidgets;
import com.upward.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.upward.program.Participation;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;

import java.util.List;

/**
 * The app shell: brand and role-filtered menu in the drawer, page title and user menu in the navbar. Every
 * signed-in user's session holds it, so its static parts are markup, not components ({@link ShellMarkup}).
 */
@Layout
@PermitAll
@Uses(SideNav.class)
@Uses(Scroller.class)
@Uses(DrawerToggle.class)
@Uses(Icon.class)
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Html navbarStart = Markup.of(ShellMarkup.navbarStart(""));
    private final List<Component> widgets;

    MainLayout(CurrentUser currentUser, AuthenticationContext authenticationContext,
               ObjectProvider<NavbarWidgets> navbarWidgets, Participation participation) {
        setPrimarySection(Section.DRAWER);
        widgets = navbarWidgets.orderedStream().map(NavbarWidgets::create).toList();
        var navbarEnd = new Div();
        navbarEnd.addClassName("navbar-end");
        widgets.forEach(navbarEnd::add);
        navbarEnd.add(new UserMenu(currentUser.require(), authenticationContext));
        addToNavbar(navbarStart, navbarEnd);
        // MenuConfiguration lists only the routes the signed-in user may open; of those, the ones that apply to them
        addToDrawer(Brand.logo(), Markup.of(ShellMarkup.sideNav(MenuTitles.translated(
                MenuRelevance.forSides(participation.mine(), MenuConfiguration.getMenuEntries())))));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        navbarStart.setHtmlContent(ShellMarkup.navbarStart(
                MenuConfiguration.getPageHeader(getContent()).orElse("")));
        widgets.stream().filter(NavbarWidgets.RefreshOnNavigation.class::isInstance)
                .map(NavbarWidgets.RefreshOnNavigation.class::cast).forEach(NavbarWidgets.RefreshOnNavigation::refresh);
    }
}
