package com.upward.shell;

import com.vaadin.flow.server.menu.MenuEntry;

import java.util.List;

import static com.upward.base.ui.Translations.tr;

/**
 * The main menu's words in the reader's language. A view's {@code @Menu} title is a constant, read once for all
 * languages; the shell names each entry by its route instead. A route the shell does not know keeps its title.
 */
final class MenuTitles {

    private MenuTitles() {
    }

    static List<MenuEntry> translated(List<MenuEntry> entries) {
        return entries.stream().map(entry -> new MenuEntry(entry.path(), title(entry), entry.order(), entry.icon(),
                entry.menuClass())).toList();
    }

    static String title(MenuEntry entry) {
        return switch (ShellMarkup.path(entry.path())) {
            case "" -> tr("shell.menu.home");
            case "employees" -> tr("shell.menu.employees");
            case "programs" -> tr("shell.menu.programs");
            case "goals" -> tr("shell.menu.goals");
            case "checkins" -> tr("shell.menu.checkins");
            case "mentees" -> tr("shell.menu.mentees");
            case "journal" -> tr("shell.menu.journal");
            case "cohorts/open" -> tr("shell.menu.open-cohorts");
            case "reports" -> tr("shell.menu.reports");
            case "email-deliveries" -> tr("shell.menu.email-deliveries");
            case "users" -> tr("shell.menu.users");
            case "audit" -> tr("shell.menu.audit");
            default -> entry.title();
        };
    }
}
