package com.upward.shell;

import com.vaadin.flow.server.menu.MenuEntry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shell's markup: menu titles and page titles come out as text, never as elements. */
class ShellMarkupTest {

    @Test
    void theMainMenuListsEachEntryWithItsIconAndPath() {
        var entries = List.of(menuEntry("/", "Home", "vaadin:home"), menuEntry("/employees", "Employees", null),
                menuEntry("/goals", "<img src=x onerror=alert(1)> goals", "vaadin:flag"));

        Document doc = Jsoup.parseBodyFragment(ShellMarkup.sideNav(entries));

        var items = doc.select("vaadin-scroller > vaadin-side-nav > vaadin-side-nav-item");
        assertThat(items.eachAttr("path")).containsExactly("", "employees", "goals");
        assertThat(items.eachText()).containsExactly("Home", "Employees", "<img src=x onerror=alert(1)> goals");
        assertThat(items).allSatisfy(item -> assertThat(item.hasAttr("match-nested")).isTrue());
        assertThat(doc.select("vaadin-side-nav-item vaadin-icon").eachAttr("icon"))
                .containsExactly("vaadin:home", "vaadin:flag");
        assertThat(doc.select("img")).isEmpty();
        assertThat(doc.select("vaadin-side-nav > [slot=label]").text()).isEqualTo("Main menu");
    }

    @Test
    void theNavbarShowsTheToggleAndThePageTitle() {
        Document doc = Jsoup.parseBodyFragment(ShellMarkup.navbarStart("Goals & \"check-ins\" <b>"));

        assertThat(doc.select(".navbar-start > vaadin-drawer-toggle").attr("aria-label")).isEqualTo("Menu");
        assertThat(doc.select(".navbar-start > h1.view-title").text()).isEqualTo("Goals & \"check-ins\" <b>");
        assertThat(doc.select("b")).isEmpty();
    }

    static MenuEntry menuEntry(String path, String title, String icon) {
        return new MenuEntry(path, title, 0d, icon, null);
    }
}
