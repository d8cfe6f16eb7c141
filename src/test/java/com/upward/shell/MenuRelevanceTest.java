package com.upward.shell;

import com.upward.program.Participation.Sides;
import com.vaadin.flow.server.menu.MenuEntry;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 24: a pure mentee was offered "My mentees"; HR and executives, empty goal, check-in and journal pages. */
class MenuRelevanceTest {

    private static final List<MenuEntry> ALL = List.of(entry("/"), entry("/employees"), entry("/goals"),
            entry("/checkins"), entry("/mentees"), entry("/journal"), entry("/cohorts/open"));

    private static MenuEntry entry(String path) {
        return ShellMarkupTest.menuEntry(path, path, null);
    }

    private static List<String> paths(Sides sides) {
        return MenuRelevance.forSides(sides, ALL).stream().map(MenuEntry::path).toList();
    }

    @Test
    void aMenteeIsOfferedTheirOwnPagesButNotMentees() {
        assertThat(paths(new Sides(true, false)))
                .containsExactly("/", "/employees", "/goals", "/checkins", "/journal", "/cohorts/open");
    }

    @Test
    void aMentorIsOfferedTheirMenteesButNotAMenteesPages() {
        assertThat(paths(new Sides(false, true))).containsExactly("/", "/employees", "/mentees", "/cohorts/open");
    }

    @Test
    void someoneInNoCohortIsOfferedNeitherAndSomeoneOnBothSidesBoth() {
        assertThat(paths(Sides.NONE)).containsExactly("/", "/employees", "/cohorts/open");
        assertThat(paths(new Sides(true, true))).containsExactlyElementsOf(ALL.stream().map(MenuEntry::path).toList());
    }
}
