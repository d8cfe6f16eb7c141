package com.upward.shell;

import com.upward.program.Participation.Sides;
import com.vaadin.flow.server.menu.MenuEntry;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Which menu entries apply to a person (issue 24, "menus that don't apply"): a mentee's pages only to someone who
 * has been a mentee, "My mentees" only to someone who has been a mentor. The pages stay open to every employee
 * (a link still works, and says what to do when empty); the menu does not offer what would be empty for good.
 */
final class MenuRelevance {

    private static final Map<String, Predicate<Sides>> APPLIES_TO = Map.of(
            "goals", Sides::mentee,
            "checkins", Sides::mentee,
            "journal", Sides::mentee,
            "mentees", Sides::mentor);

    private MenuRelevance() {
    }

    static List<MenuEntry> forSides(Sides sides, List<MenuEntry> entries) {
        return entries.stream()
                .filter(entry -> APPLIES_TO.getOrDefault(ShellMarkup.path(entry.path()), s -> true).test(sides))
                .toList();
    }
}
