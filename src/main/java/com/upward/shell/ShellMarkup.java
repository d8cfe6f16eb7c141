package com.upward.shell;

import com.upward.base.ui.Markup;
import com.vaadin.flow.server.menu.MenuEntry;

import java.util.List;

import static com.upward.base.ui.Translations.tr;

/**
 * The shell's static parts as markup (see {@link Markup}): the main menu, and the navbar's drawer toggle with the
 * page title. The web components behave as the Flow components would: a side-nav item's link is routed in the
 * browser and marks itself current, the toggle opens and closes the drawer.
 */
final class ShellMarkup {

    private ShellMarkup() {
    }

    static String sideNav(List<MenuEntry> entries) {
        var html = new StringBuilder("<vaadin-scroller class=\"main-menu\"><vaadin-side-nav>"
                + "<span slot=\"label\">" + Markup.text(tr("shell.menu.label")) + "</span>");
        for (MenuEntry entry : entries) {
            html.append("<vaadin-side-nav-item path=\"").append(Markup.text(path(entry.path())))
                    .append("\" match-nested>");
            if (entry.icon() != null) {
                html.append("<vaadin-icon icon=\"").append(Markup.text(entry.icon()))
                        .append("\" slot=\"prefix\" aria-hidden=\"true\"></vaadin-icon>");
            }
            html.append(Markup.text(entry.title())).append("</vaadin-side-nav-item>");
        }
        return html.append("</vaadin-side-nav></vaadin-scroller>").toString();
    }

    static String navbarStart(String title) {
        return "<div class=\"navbar-start\"><vaadin-drawer-toggle aria-label=\"" + Markup.text(tr("shell.menu.toggle"))
                + "\"></vaadin-drawer-toggle>"
                + "<h1 class=\"view-title\">" + Markup.text(title) + "</h1></div>";
    }

    /** Menu paths start with a slash; relative paths resolve against the app's base, as SideNavItem's do. */
    static String path(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
