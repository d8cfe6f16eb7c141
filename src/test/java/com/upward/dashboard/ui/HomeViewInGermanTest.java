package com.upward.dashboard.ui;

import com.upward.program.ProgramTestData;
import com.upward.shell.UserMenu;
import com.upward.testsupport.RenderedUi;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The home page, its menu and its user menu in German: each role's sections, with plurals in German. */
@SpringBootTest
@ViewPackages(packages = "com.upward")
@Transactional
class HomeViewInGermanTest extends SpringBrowserlessTest {

    @Autowired
    ProgramTestData data;
    @Autowired
    JdbcTemplate jdbc;

    private String germanHome(String username) {
        data.signIn(username);
        UI.getCurrent().setLocale(Locale.GERMAN);
        return RenderedUi.text(navigate(HomeView.class));
    }

    @Test
    void aMenteeReadsTheirHomeTheMenuAndTheUserMenuInGerman() {
        String page = germanHome("mentee");

        assertThat(page).contains("Willkommen, ", "Was steht für Sie als Nächstes an?", "Ihre Ziele", "Mein Mentoring",
                        "Erfolge festgehalten", "Pünktliche Check-ins in Folge")
                .doesNotContain("What's next for you?", "My mentoring", "Your goals");
        assertThat(RenderedUi.select(UI.getCurrent(), "vaadin-side-nav-item").eachText())
                .contains("Startseite", "Meine Ziele", "Meine Check-ins").doesNotContain("Home", "My goals");
        assertThat(RenderedUi.select(UI.getCurrent(), "vaadin-side-nav > [slot=label]").text()).isEqualTo("Hauptmenü");
        assertThat(RenderedUi.select(UI.getCurrent(), "h1.view-title").text()).isEqualTo("Startseite");
        var userMenu = $(UserMenu.class).single().data();
        assertThat(userMenu.get("role").asString()).isEqualTo("Mitarbeiter:in");
        assertThat(userMenu.get("signOut").asString()).isEqualTo("Abmelden");

        // "{3} von {4, plural, one {# Meilenstein} other {# Meilensteinen}}", per goal
        List<Long> milestones = jdbc.queryForList("""
                select (select count(*) from milestone m where m.goal_id = g.id)
                from goal g join enrollment e on e.id = g.enrollment_id join cohort c on c.id = e.cohort_id
                join app_user u on u.employee_id = e.employee_id
                where u.username = 'mentee' and e.side = 'MENTEE' and c.status in ('ENROLLING', 'ACTIVE')
                order by g.id""", Long.class);
        assertThat(milestones).isNotEmpty();
        List<String> metas = $(Span.class).all().stream().filter(s -> s.hasClassName("goal-meta"))
                .map(Span::getText).toList();
        assertThat(metas).hasSize(milestones.size());
        for (int i = 0; i < metas.size(); i++) {
            long n = milestones.get(i);
            assertThat(metas.get(i)).endsWith(n == 1 ? " von 1 Meilenstein" : " von " + n + " Meilensteinen")
                    .matches("(Lernziel|Ergebnisziel) · .+ · \\d+ % · \\d+ von .+");
        }
    }

    @Test
    void hrReadsTheirFiguresAndTheAtRiskPairsInGerman() {
        String page = germanHome("hr");

        assertThat(page).contains("Welche Paare brauchen Sie heute?", "Zustand der Programme", "Aktive Kohorten",
                "Pünktlichkeitsquote").doesNotContain("Program health");
        assertThat(RenderedUi.select(UI.getCurrent(), ".summary-table table").attr("aria-label"))
                .isEqualTo("Laufende Kohorten und Kohorten in der Anmeldung");
        assertThat(RenderedUi.select(UI.getCurrent(), "upward-chart").attr("summary"))
                .startsWith("Check-in-Quote nach Monat für ");
        var atRisk = $(PairsNeedingAttention.class).single().atRisk.page();
        assertThat(atRisk.get("label").asString()).isEqualTo("Gefährdete Paare");
        assertThat(atRisk.get("columns").valueStream().map(c -> c.get("header").asString()).toList())
                .containsExactly("Mentee", "Mentor", "Kohorte", "Warum");
        assertThat(atRisk.get("actions").valueStream().map(a -> a.get("label").asString()).toList())
                .containsExactly("Öffnen", "Erinnern", "Neu zuordnen");
        assertThat(atRisk.get("texts").get("actions").asString()).isEqualTo("Aktionen");
        assertThat(RenderedUi.select(UI.getCurrent(), ".summary-table th").eachText())
                .contains("Kohorte", "Programm", "Beginn", "Ende");
        assertThat(RenderedUi.select(UI.getCurrent(), ".summary-table td").eachText()).contains("Aktiv");
        assertThat($(UserMenu.class).single().data().get("role").asString()).isEqualTo("HR-Koordination");
    }

    @Test
    void theExecutiveReadsTheOutcomesInGerman() {
        String page = germanHome("exec");

        assertThat(page).contains("Wirkt das Mentoring?").doesNotContain("Is mentoring working?");
        assertThat(page).containsAnyOf("Teilnehmende", "Noch hat kein Programm eine gestartete Kohorte.");
        assertThat(page).contains("Sie sind noch in keiner Mentoring-Kohorte.");
    }
}
