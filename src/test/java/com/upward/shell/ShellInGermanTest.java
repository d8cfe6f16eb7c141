package com.upward.shell;

import com.upward.program.ProgramTestData;
import com.upward.testsupport.RenderedUi;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The shell in German: a page that does not exist, and the menu of a person who is no mentee. */
@SpringBootTest
@ViewPackages(packages = "com.upward")
class ShellInGermanTest extends SpringBrowserlessTest {

    @Autowired
    ProgramTestData data;

    @Test
    void aPageThatDoesNotExistSaysSoInGerman() {
        data.signIn("hr");
        UI.getCurrent().setLocale(Locale.GERMAN);
        NotFoundView view = navigate("no-such-page-here", NotFoundView.class);

        assertThat(view.getPageTitle()).isEqualTo("Seite nicht gefunden");
        assertThat(RenderedUi.text(view)).contains("Diese Seite haben wir nicht gefunden", "Zu Ihrer Startseite")
                .doesNotContain("We couldn't find that page");
        assertThat(RenderedUi.select(UI.getCurrent(), "vaadin-drawer-toggle").attr("aria-label")).isEqualTo("Menü");
        assertThat(RenderedUi.select(UI.getCurrent(), "vaadin-side-nav-item").eachText())
                .contains("Startseite", "Mitarbeitende", "Programme", "E-Mail-Versand");
        assertThat($(UserMenu.class).single().data().get("profile").asString()).isEqualTo("Mein Profil");
    }

    @Test
    void theSamePageInEnglishKeepsItsWords() {
        data.signIn("hr");
        NotFoundView view = navigate("no-such-page-here", NotFoundView.class);

        assertThat(view.getPageTitle()).isEqualTo("Page not found");
        assertThat(RenderedUi.text(view)).contains("We couldn't find that page", "Go to your home page");
        assertThat(RenderedUi.select(UI.getCurrent(), "vaadin-side-nav-item").eachText())
                .contains("Home", "Employees", "Programs", "Email deliveries");
    }
}
